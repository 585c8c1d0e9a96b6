import { useCallback, useEffect, useRef } from 'react';

/**
 * Buffers items and hands them to `apply` together once per animation frame, in arrival order, so
 * a burst of live events costs one render. Returns a stable `push`; `apply` should be stable too
 * (a state setter's updater, or a `useCallback`). A pending frame is cancelled on unmount.
 */
export function useFrameBatch<T>(apply: (items: T[]) => void): (item: T) => void {
  const pending = useRef<T[]>([]);
  const frame = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    frame.current = undefined;
    const items = pending.current;
    pending.current = [];
    apply(items);
  }, [apply]);

  const push = useCallback(
    (item: T) => {
      pending.current.push(item);
      frame.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      // Forget the cancelled frame, or `??=` would never schedule another after a remount.
      frame.current = undefined;
    },
    [],
  );

  return push;
}
