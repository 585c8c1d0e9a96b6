import { useCallback, useSyncExternalStore } from 'react';

export const WATCHLIST_KEY = 'nautilus.watchlist';
/** What a first visit watches: an index ETF, a stock, a crypto pair and an FX pair of the demo universe. */
export const DEFAULT_WATCHLIST: readonly string[] = ['SPY', 'AAPL', 'BTCUSD', 'EURUSD'];
const MAX_WATCHED = 50;

/** Reads the stored list; anything unreadable falls back to the default. */
export function parseWatchlist(stored: string | null): string[] {
  if (stored === null) return [...DEFAULT_WATCHLIST];
  try {
    const value: unknown = JSON.parse(stored);
    if (Array.isArray(value) && value.every((s) => typeof s === 'string')) return [...new Set(value as string[])].slice(0, MAX_WATCHED);
  } catch {
    // fall through
  }
  return [...DEFAULT_WATCHLIST];
}

/** Adds a symbol at the end, or removes it when it is there. */
export function toggleSymbol(list: readonly string[], symbol: string): string[] {
  const upper = symbol.toUpperCase();
  return list.includes(upper) ? list.filter((s) => s !== upper) : [...list, upper].slice(0, MAX_WATCHED);
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; list: string[] } | undefined;

function read(): string[] {
  const raw = window.localStorage.getItem(WATCHLIST_KEY);
  if (cached === undefined || cached.raw !== raw) cached = { raw, list: parseWatchlist(raw) };
  return cached.list;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === WATCHLIST_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The watchlist, kept in this browser's localStorage (and in step across tabs). */
export function useWatchlist(): { symbols: string[]; toggle: (symbol: string) => void } {
  const symbols = useSyncExternalStore(subscribe, read, () => [...DEFAULT_WATCHLIST]);
  const toggle = useCallback((symbol: string) => {
    window.localStorage.setItem(WATCHLIST_KEY, JSON.stringify(toggleSymbol(read(), symbol)));
    for (const listener of [...listeners]) listener();
  }, []);
  return { symbols, toggle };
}
