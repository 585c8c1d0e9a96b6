import type pg from 'pg';
import { badInput, parseId, parseOptionalText, parseText, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { parseDecimal, toUnits, fromUnits } from '../domain/parseDecimal.ts';
import { withTransaction } from '@nautilus/db';
import { lockPortfolio } from '../store/portfolios.ts';
import { findTradeSteps, findTradesByExternalIds, insertTrades, type ValidTrade } from '../store/trades.ts';
import type { TradeRow } from './types.ts';

export const MAX_TRADES_PER_CALL = 1000;

export interface TradeInput {
  symbol: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  price: number;
  fees?: number | null;
  ts: Date;
  /** Idempotency key of the recording system (e.g. `strategy-fill:42`): a trade already recorded under it is not written again. */
  externalId?: string | null;
}

export interface RecordTradesInput {
  portfolioId: string;
  trades: readonly TradeInput[];
}

interface CheckedTrade extends ValidTrade {
  index: number;
}

/**
 * Validates a batch of trades, then writes the trades and their cash entries
 * (a `trade` entry of ∓quantity·price and a `fee` entry of −fees) in one
 * transaction, or nothing. Sells may not exceed the quantity held unless the
 * portfolio allows shorting: the check replays the stored trades and the
 * batch merged in ts order (a batch trade after stored trades at the same ts),
 * so a backdated sell is checked against what was held at its time. The
 * portfolio row is locked for the duration, so concurrent batches queue.
 * Trades may take cash negative (buying on credit); only withdrawals are
 * refused an overdraft.
 * @returns the trades in input order.
 * With `now`, a trade dated more than a few minutes after it is refused.
 * @throws BAD_USER_INPUT naming the field (`input.trades[2].quantity`).
 */
/** How far ahead of the clock a trade's time may be (clock skew between a broker and us), no more. */
export const MAX_TRADE_CLOCK_SKEW_MS = 5 * 60_000;

export async function recordTrades(pool: pg.Pool, input: RecordTradesInput, { now }: { now?: Date } = {}): Promise<TradeRow[]> {
  const portfolioId = parseId(input.portfolioId, 'input.portfolioId');
  if (input.trades.length === 0 || input.trades.length > MAX_TRADES_PER_CALL) {
    throw badInput('input.trades', `must hold 1 to ${MAX_TRADES_PER_CALL} trades, got ${input.trades.length}`);
  }
  const parsed = input.trades.map((t, index) => {
    const at = `input.trades[${index}]`;
    if (Number.isNaN(t.ts.getTime())) throw badInput(`${at}.ts`, 'must be a valid date-time');
    // A trade records what happened: not in the future (beyond a few minutes of clock skew).
    if (now && t.ts.getTime() > now.getTime() + MAX_TRADE_CLOCK_SKEW_MS) {
      throw badInput(`${at}.ts`, `must not be in the future (now ${now.toISOString()}), got ${t.ts.toISOString()}`);
    }
    return {
      index,
      symbol: parseText(t.symbol, `${at}.symbol`, 'symbol'),
      side: t.side === 'BUY' ? ('buy' as const) : ('sell' as const),
      quantity: parseDecimal(t.quantity, { field: `${at}.quantity`, sign: 'positive' }),
      price: parseDecimal(t.price, { field: `${at}.price`, sign: 'positive' }),
      fees: parseDecimal(t.fees ?? 0, { field: `${at}.fees`, sign: 'nonNegative' }),
      ts: t.ts,
      externalId: parseOptionalText(t.externalId, `${at}.externalId`, 'symbol'),
    };
  });
  const keys = new Map<string, number>();
  for (const t of parsed) {
    if (t.externalId === null) continue;
    if (keys.has(t.externalId)) throw badInput(`input.trades[${t.index}].externalId`, `repeats input.trades[${keys.get(t.externalId)}].externalId`);
    keys.set(t.externalId, t.index);
  }
  return withTransaction(pool, async (client) => {
    const portfolio = await lockPortfolio(client, portfolioId);
    if (!portfolio) throw badInput('input.portfolioId', `unknown portfolio ${quoteInput(input.portfolioId)}`);
    // Instruments belong to marketdata; its published reads resolve the symbols.
    const instruments = await findInstrumentsBySymbol(client, [...new Set(parsed.map((t) => t.symbol))]);
    const idBySymbol = new Map([...instruments.values()].map((r) => [r.symbol, r.id]));
    const trades: CheckedTrade[] = parsed.map((t) => {
      const instrumentId = idBySymbol.get(t.symbol);
      if (instrumentId === undefined) throw badInput(`input.trades[${t.index}].symbol`, `unknown instrument ${quoteInput(t.symbol)}`);
      return { ...t, instrumentId };
    });
    // Idempotency: a trade whose external id this portfolio already holds was recorded by an earlier
    // call (a retry after a lost answer); it is answered with the stored trade and not written again.
    const recorded = new Map<string, TradeRow>();
    if (keys.size > 0) {
      for (const row of await findTradesByExternalIds(client, portfolioId, [...keys.keys()])) recorded.set(row.externalId!, row);
    }
    const fresh = trades.filter((t) => t.externalId == null || !recorded.has(t.externalId));
    const ordered = [...fresh].sort((a, b) => a.ts.getTime() - b.ts.getTime() || a.index - b.index);
    if (!portfolio.allowShort && ordered.length > 0) await checkNoShorts(client, portfolioId, ordered);

    const written = ordered.length > 0 ? await insertTrades(client, portfolioId, ordered) : [];
    const inputOrder: TradeRow[] = trades.map((t) => (t.externalId != null ? recorded.get(t.externalId) : undefined)!);
    ordered.forEach((t, i) => {
      inputOrder[t.index] = written[i]!;
    });
    return inputOrder;
  });
}

/**
 * Replays stored trades and the batch per instrument in time order and fails
 * at the first batch sell that takes the quantity below zero.
 */
async function checkNoShorts(client: pg.PoolClient, portfolioId: number, ordered: readonly CheckedTrade[]): Promise<void> {
  const instrumentIds = [...new Set(ordered.map((t) => t.instrumentId))];
  const stored = await findTradeSteps(client, portfolioId, instrumentIds);
  type Step = { ts: number; batch: CheckedTrade | null; delta: bigint; instrumentId: number };
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
