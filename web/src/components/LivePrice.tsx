import type { FieldChange } from '../live/quoteBook.ts';
import { formatPrice } from '../lib/format.ts';

export interface LivePriceProps {
  value: number | null | undefined;
  tickSize: number;
  /** How the value last changed; a new `version` restarts the flash. */
  change?: FieldChange | undefined;
  className?: string;
}

/**
 * A price that flashes green or red when it moves. Keying the span on the change's version
 * remounts it per tick, which restarts the CSS animation without timers or effects.
 */
export function LivePrice({ value, tickSize, change, className = '' }: LivePriceProps) {
  const flash = change === undefined || change.version === 0 || change.direction === 0 ? '' : change.direction > 0 ? 'flash-up' : 'flash-down';
  return (
    <span key={change?.version ?? 0} className={`price ${flash} ${className}`.trim()}>
      {formatPrice(value, tickSize)}
    </span>
  );
}
