/**
 * An alarm per key with hysteresis: it fires once when a value reaches the
 * threshold and re-arms only after the value falls below `rearmBelow`, so a
 * value that hovers at the threshold warns once, not on every tick. Pure.
 */
export class RearmingAlarm {
  private readonly fired = new Set<string>();

  constructor(
    private readonly threshold: number,
    private readonly rearmBelow: number,
  ) {
    if (!(rearmBelow <= threshold)) throw new RangeError(`rearmBelow (${rearmBelow}) must not exceed the threshold (${threshold})`);
  }

  /** Whether `value` fires the alarm for `key` now (true at most once until it re-arms). */
  check(key: string, value: number): boolean {
    if (value < this.rearmBelow) {
      this.fired.delete(key);
      return false;
    }
    if (value < this.threshold || this.fired.has(key)) return false;
    this.fired.add(key);
    return true;
  }

  forget(key: string): void {
    this.fired.delete(key);
  }
}
