import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { resolveRoute, type Resolution } from './routes.ts';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The current route for the known slugs; follows redirects by replacing the history entry. */
export function useRoute(slugs: readonly string[], defaultSlug: string | undefined): Resolution {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const resolution = useMemo(() => resolveRoute(hash, slugs, defaultSlug), [hash, slugs, defaultSlug]);
  useEffect(() => {
    if (resolution.kind === 'redirect') window.location.replace(resolution.to);
  }, [resolution]);
  return resolution;
}
