import { useEffect, useState } from 'react';

/** The current time (ms since epoch), refreshed every `intervalMs`: for "due in 3h 12m" labels. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
