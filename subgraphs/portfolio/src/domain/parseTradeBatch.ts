import { badInput, parseOptionalText, parseText } from '@nautilus/runtime';
import { parseDecimal } from './parseDecimal.ts';

export const MAX_TRADES_PER_CALL = 1000;

/** How far ahead of the clock a trade's time may be (clock skew between a broker and us), no more. */
export const MAX_TRADE_CLOCK_SKEW_MS = 5 * 60_000;

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

/** A trade of the batch with its fields checked: exact decimal strings, the side in the ledger's spelling. */
export interface ParsedTrade {
  /** Position in the input (for field paths and the answer's order). */
  index: number;
  symbol: string;
  side: 'buy' | 'sell';
  quantity: string;
  price: string;
  fees: string;
  ts: Date;
  externalId: string | null;
}

/**
 * Checks a batch of trades field by field: 1 to MAX_TRADES_PER_CALL trades, valid times (with
 * `now`, none more than MAX_TRADE_CLOCK_SKEW_MS ahead of it), symbols, quantity and price > 0 and
 * fees ≥ 0 with at most 10 decimals, external ids well-formed and not repeated in the batch.
 * @returns the parsed trades and the external ids with the index of the trade holding each.
 * @throws BAD_USER_INPUT naming the field (`input.trades[2].quantity`).
 */
export function parseTradeBatch(input: readonly TradeInput[], { now }: { now?: Date } = {}): { parsed: ParsedTrade[]; keys: Map<string, number> } {
  if (input.length === 0 || input.length > MAX_TRADES_PER_CALL) {
    throw badInput('input.trades', `must hold 1 to ${MAX_TRADES_PER_CALL} trades, got ${input.length}`);
  }
  const parsed = input.map((t, index): ParsedTrade => {
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
  return { parsed, keys };
}
