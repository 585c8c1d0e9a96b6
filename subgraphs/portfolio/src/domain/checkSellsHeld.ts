import { badInput } from '@nautilus/runtime';
import { fromUnits, toUnits } from './parseDecimal.ts';

/** A batch trade as the check sees it (its input index names the field of an error). */
export interface BatchTradeStep {
  index: number;
  instrumentId: number;
  symbol: string;
  side: 'buy' | 'sell';
  /** Exact decimal string. */
  quantity: string;
  ts: Date;
}

/**
 * Replays stored trades and the batch (`ordered`: in ts order, input order at equal ts) per
 * instrument in time order, a batch trade after stored trades at the same ts, in exact units, and
 * fails at the first batch sell that takes the quantity below zero (a backdated sell is checked
 * against what was held at its time).
 * @throws BAD_USER_INPUT `input.trades[i].quantity`.
 */
export function checkSellsHeld(
  stored: ReadonlyArray<{ instrumentId: number; side: 'buy' | 'sell'; quantity: string; ts: Date }>,
  ordered: readonly BatchTradeStep[],
): void {
  type Step = { ts: number; batch: BatchTradeStep | null; delta: bigint; instrumentId: number };
  const steps: Step[] = [
    ...stored.map((s) => ({ ts: s.ts.getTime(), batch: null, delta: s.side === 'buy' ? toUnits(s.quantity) : -toUnits(s.quantity), instrumentId: s.instrumentId })),
    ...ordered.map((t) => ({ ts: t.ts.getTime(), batch: t, delta: t.side === 'buy' ? toUnits(t.quantity) : -toUnits(t.quantity), instrumentId: t.instrumentId })),
  ];
  // Stable sort: stored trades come first at equal ts, batch trades keep their order.
  steps.sort((a, b) => a.ts - b.ts);
  const held = new Map<number, bigint>();
  for (const step of steps) {
    const before = held.get(step.instrumentId) ?? 0n;
    const after = before + step.delta;
    if (after < 0n && step.batch) {
      // A stored history that already dips below zero (shorting was allowed once) only blocks new sells.
      const t = step.batch;
      throw badInput(
        `input.trades[${t.index}].quantity`,
        `sells ${t.quantity} ${t.symbol} but only ${fromUnits(before > 0n ? before : 0n)} is held at ${t.ts.toISOString()}, and the portfolio does not allow shorting`,
      );
    }
    held.set(step.instrumentId, after);
  }
}
