import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput, parseId, parseText, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol, findLatestPrices } from '@nautilus/marketdata/reads';
import { portfolioExists } from '../store/portfolios.ts';
import { findCashBalance, findOpenPositions } from '../store/positions.ts';
import { recordTrades, type TradeInput } from './recordTrades.ts';

export interface ProposeRebalanceOptions {
  portfolioId: string;
  targets: ReadonlyArray<{ symbol: string; weight: number }>;
  execute: boolean;
  clock: Clock;
}

/** Quantities are truncated toward zero to this many decimals (fractional units; no lot sizes yet). */
export const REBALANCE_QUANTITY_DECIMALS = 6;

/**
 * Trades that move a portfolio to target weights of its value V = Σ qᵢ·pᵢ +
 * cash at the latest prices (findLatestPrices): target quantity wᵢ·V/pᵢ, held
 * symbols missing from the targets go to zero. Sells are listed first so
 * executing them funds the buys. With `execute`, the trades are recorded
 * through recordTrades at those prices (fees 0) at the clock's now, all or none.
 * @throws BAD_USER_INPUT `portfolioId` (unknown), `targets[i].symbol` (unknown,
 *   duplicate or unpriced), `targets[i].weight` (outside [0, 1]), `targets` (sum > 1).
 */
export async function proposeRebalance(pool: pg.Pool, { portfolioId: id, targets, execute, clock }: ProposeRebalanceOptions) {
  const portfolioId = parseId(id, 'portfolioId');
  if (!(await portfolioExists(pool, portfolioId))) throw badInput('portfolioId', `unknown portfolio ${quoteInput(id)}`);
  const seen = new Set<string>();
  let total = 0;
  targets.forEach((t, i) => {
    parseText(t.symbol, `targets[${i}].symbol`, 'symbol');
    if (seen.has(t.symbol)) throw badInput(`targets[${i}].symbol`, `${t.symbol} is listed twice`);
    seen.add(t.symbol);
    if (!Number.isFinite(t.weight) || t.weight < 0 || t.weight > 1) throw badInput(`targets[${i}].weight`, `must be in [0, 1], got ${t.weight}`);
    total += t.weight;
  });
  if (total > 1 + 1e-9) throw badInput('targets', `weights sum to ${total}; they may sum to at most 1 (the rest stays in cash)`);
  const idBySymbol = new Map([...(await findInstrumentsBySymbol(pool, [...seen])).values()].map((r) => [r.symbol, r.id]));
  targets.forEach((t, i) => {
    if (!idBySymbol.has(t.symbol)) throw badInput(`targets[${i}].symbol`, `unknown instrument ${quoteInput(t.symbol)}`);
  });
  const positions = await findOpenPositions(pool, portfolioId);
  const cash = await findCashBalance(pool, portfolioId);
  const prices = await findLatestPrices(pool, [...new Set([...positions.map((p) => p.instrumentId), ...idBySymbol.values()])]);
  targets.forEach((t, i) => {
    if (!prices.has(idBySymbol.get(t.symbol)!)) throw badInput(`targets[${i}].symbol`, `${t.symbol} has no price yet`);
  });
  const value = cash + positions.reduce((sum, p) => sum + p.quantity * (prices.get(p.instrumentId) ?? 0), 0);
  const scale = 10 ** REBALANCE_QUANTITY_DECIMALS;
  const weights = new Map(targets.map((t) => [t.symbol, t.weight]));
  const symbols = new Map<string, number>([...positions.map((p) => [p.symbol, p.instrumentId] as const), ...idBySymbol]);
  const trades: Array<{ symbol: string; side: 'BUY' | 'SELL'; quantity: number; price: number }> = [];
  for (const [symbol, instrumentId] of symbols) {
    const price = prices.get(instrumentId);
    if (price === undefined) continue;
    const current = positions.find((p) => p.instrumentId === instrumentId)?.quantity ?? 0;
    const target = ((weights.get(symbol) ?? 0) * value) / price;
    const delta = Math.trunc((target - current) * scale) / scale;
    if (delta !== 0) trades.push({ symbol, side: delta > 0 ? 'BUY' : 'SELL', quantity: Math.abs(delta), price });
  }
  trades.sort((a, b) => (a.side === b.side ? a.symbol.localeCompare(b.symbol) : a.side === 'SELL' ? -1 : 1));
  if (execute && trades.length > 0) {
    const ts = new Date(clock.now());
    await recordTrades(pool, { portfolioId: String(portfolioId), trades: trades.map((t): TradeInput => ({ ...t, fees: 0, ts })) });
  }
  return { portfolioValue: value, trades, executed: execute && trades.length > 0 };
}
