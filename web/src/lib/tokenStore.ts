const KEY = 'nautilus.apiToken';

/**
 * Where the gateway's bearer token lives between visits. `localStorage` keeps the prompt from
 * reappearing on every reload; a browser that blocks storage (private mode) just asks again.
 */
export const tokenStore = {
  read(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  write(token: string): void {
    try {
      localStorage.setItem(KEY, token);
    } catch {
      // Storage blocked: the token still works for this page's lifetime.
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  },
};
