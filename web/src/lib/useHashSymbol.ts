import { useCallback, useEffect, useState } from 'react';

function readHash(): string | null {
  const symbol = decodeURIComponent(window.location.hash.replace(/^#\/?/, '')).trim();
  return symbol === '' ? null : symbol;
}

/**
 * The selected symbol, kept in the URL hash (`#/AAPL`) so a reload or a shared link opens the
 * same instrument and the back button walks the selection history. A hash needs no server
 * routes, so the build can be served as plain static files.
 */
export function useHashSymbol(): [string | null, (symbol: string) => void] {
  const [symbol, setSymbol] = useState(readHash);
  useEffect(() => {
    const onChange = () => setSymbol(readHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const select = useCallback((next: string) => {
    window.location.hash = `/${encodeURIComponent(next)}`;
  }, []);
  return [symbol, select];
}
