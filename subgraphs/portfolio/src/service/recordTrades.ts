import type pg from 'pg';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { withTransaction } from '@nautilus/db';
import { checkSellsHeld } from '../domain/checkSellsHeld.ts';
import { parseTradeBatch, type TradeInput } from '../domain/parseTradeBatch.ts';
import { lockPortfolio } from '../store/portfolios.ts';
import { findTradeSteps, findTradesByExternalIds, insertTrades, type ValidTrade } from '../store/trades.ts';
import type { TradeRow } from './types.ts';

export { MAX_TRADES_PER_CALL, MAX_TRADE_CLOCK_SKEW_MS, type TradeInput } from '../domain/parseTradeBatch.ts';

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
export async function recordTrades(pool: pg.Pool, input: RecordTradesInput, { now }: { now?: Date } = {}): Promise<TradeRow[]> {
  const portfolioId = parseId(input.portfolioId, 'input.portfolioId');
  const { parsed, keys } = parseTradeBatch(input.trades, { now });
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
    if (!portfolio.allowShort && ordered.length > 0) {
      checkSellsHeld(await findTradeSteps(client, portfolioId, [...new Set(ordered.map((t) => t.instrumentId))]), ordered);
    }

    const written = ordered.length > 0 ? await insertTrades(client, portfolioId, ordered) : [];
    const inputOrder: TradeRow[] = trades.map((t) => (t.externalId != null ? recorded.get(t.externalId) : undefined)!);
    ordered.forEach((t, i) => {
      inputOrder[t.index] = written[i]!;
    });
    return inputOrder;
  });
}
