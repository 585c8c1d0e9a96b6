/**
 * Hash routes: `#/<slug>/<param>/<param>…`. Pure, so every case is unit-tested.
 * - the slug matches a page case-insensitively (`#/MARKETS/aapl` opens Markets with `['aapl']`);
 * - an empty hash opens the default page (the first in navigation order);
 * - an old link to an instrument (`#/AAPL`, from the one-screen client) redirects to `#/markets/AAPL`;
 * - anything else is "not found".
 */
export type Resolution =
  | { kind: 'page'; slug: string; params: string[] }
  | { kind: 'redirect'; to: string }
  | { kind: 'notFound'; path: string };

/** The segments of a hash (`#/a/b%20c` → `['a', 'b c']`); undecodable segments are kept as written. */
export function hashSegments(hash: string): string[] {
  return hash
    .replace(/^#?\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** A legacy instrument link: one upper-case symbol such as AAPL, BRK.B, BTC-USD or EURUSD=X. */
const LEGACY_SYMBOL = /^[A-Z0-9][A-Z0-9.\-=^]{0,31}$/;

export function resolveRoute(hash: string, slugs: readonly string[], defaultSlug: string | undefined): Resolution {
  const segments = hashSegments(hash);
  const [first, ...params] = segments;
  if (first === undefined) return defaultSlug === undefined ? { kind: 'notFound', path: '/' } : { kind: 'redirect', to: routeHref(defaultSlug) };
  const slug = slugs.find((candidate) => candidate.toLowerCase() === first.toLowerCase());
  if (slug !== undefined) return { kind: 'page', slug, params };
  if (params.length === 0 && LEGACY_SYMBOL.test(first) && slugs.includes('markets')) return { kind: 'redirect', to: routeHref('markets', first) };
  return { kind: 'notFound', path: `/${segments.join('/')}` };
}

/** The href of a page with params, each encoded: `routeHref('margin', '12')` → `#/margin/12`. */
export function routeHref(slug: string, ...params: string[]): string {
  return `#/${[slug, ...params].map((segment) => encodeURIComponent(segment)).join('/')}`;
}
