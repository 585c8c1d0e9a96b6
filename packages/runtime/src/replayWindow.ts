/**
 * Keys (signatures, nonces) accepted within the last `windowMs`: a key offered
 * a second time within the window is a replay. Messages older than a freshness
 * limit are refused by their timestamp, so a window of twice that limit (a
 * message may arrive up to the limit early and be replayed up to the limit
 * late) covers every replay that could pass the timestamp check. Memory is
 * bounded by what arrived in the window.
 */
export class ReplayWindow {
  /** Keys by arrival time, in arrival order (Map iteration order). */
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** True the first time `key` is offered within the window, false for a replay. */
  accept(key: string, now: number): boolean {
    for (const [old, at] of this.seen) {
      if (now - at <= this.windowMs) break;
      this.seen.delete(old);
    }
    if (this.seen.has(key)) return false;
    this.seen.set(key, now);
    return true;
  }
}
