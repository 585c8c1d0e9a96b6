import { useEffect, useState } from 'react';

/**
 * The current time (ms since epoch), refreshed every `intervalMs` (never when `null`): for
 * "due in 3h 12m" labels and retry countdowns.
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
