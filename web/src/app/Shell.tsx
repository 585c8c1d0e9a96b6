import { Suspense, useEffect, useRef } from 'react';
import { Logo } from '../components/TokenPrompt.tsx';
import { useConnectionStatus } from '../graphql/hooks.tsx';
import { LoadingState } from '../ui/Panel.tsx';
import { STATUS_LABEL } from './connection.ts';
import { PAGES, type PageEntry } from './pages.ts';
import { routeHref } from './routes.ts';
import { useRoute } from './useRoute.ts';

const SLUGS = PAGES.map((page) => page.slug);

/**
 * The layout around every page: a skip link, the header (brand, page navigation, connection
 * status, sign out) and `<main>` with the page's `<h1>` and its lazily loaded component.
 */
export function Shell({ onSignOut, pages = PAGES }: { onSignOut: () => void; pages?: readonly PageEntry[] }) {
  const route = useRoute(pages === PAGES ? SLUGS : pages.map((p) => p.slug), pages[0]?.slug);
  const page = route.kind === 'page' ? pages.find((p) => p.slug === route.slug) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const title = page?.title ?? (route.kind === 'notFound' ? 'Page not found' : '');
  const shownSlug = useRef<string | undefined>(undefined);

  useEffect(() => {
    document.title = title === '' ? 'Nautilus' : `${title} · Nautilus`;
    // After moving from one page to another, focus goes to the new page's heading (so a screen
    // reader announces it); not on the first page shown, where focus stays at the document's start.
    const slug = page?.slug ?? (route.kind === 'notFound' ? '#not-found' : undefined);
    if (slug === undefined) return;
    if (shownSlug.current !== undefined && shownSlug.current !== slug) heading.current?.focus({ preventScroll: false });
    shownSlug.current = slug;
  }, [title, page?.slug, route.kind]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={routeHref(pages[0]?.slug ?? '')} aria-label="Nautilus home">
          <Logo />
          <span>Nautilus</span>
        </a>
        <nav className="nav" aria-label="Pages">
          <ul>
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={routeHref(p.slug)} className={`nav-link ${p === page ? 'nav-link--active' : ''}`} aria-current={p === page ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-right">
          <ConnectionBadge />
          <button type="button" className="button button--ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {route.kind === 'redirect' ? null : (
          <>
            <div className="page-header">
              <h1 ref={heading} tabIndex={-1}>
                {title}
              </h1>
              {page !== undefined && <p className="muted">{page.description}</p>}
            </div>
            {page !== undefined && route.kind === 'page' ? (
              <Suspense fallback={<LoadingState label={`Loading ${page.title}…`} />}>
                <page.Component key={page.slug} params={route.params} />
              </Suspense>
            ) : (
              <NotFound path={route.kind === 'notFound' ? route.path : ''} pages={pages} />
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** The header's one status for HTTP and the socket; "Live" only while both work. */
export function ConnectionBadge() {
  const status = useConnectionStatus();
  return (
    <span className={`connection connection--${status}`} role="status" aria-live="polite" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {STATUS_LABEL[status]}
    </span>
  );
}

function NotFound({ path, pages }: { path: string; pages: readonly PageEntry[] }) {
  return (
    <section className="panel not-found" aria-label="Not found">
      <p>
        Nothing lives at <code>#{path}</code>. Pick a page:
      </p>
      <ul className="not-found-links">
        {pages.map((p) => (
          <li key={p.slug}>
            <a href={routeHref(p.slug)}>{p.title}</a> <span className="muted">— {p.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
