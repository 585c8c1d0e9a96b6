import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { parseRebalanceTargets, planRebalance } from '../domain/planRebalance.ts';
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
  const seen = parseRebalanceTargets(targets);
  const idBySymbol = new Map([...(await findInstrumentsBySymbol(pool, [...seen])).values()].map((r) => [r.symbol, r.id]));
  targets.forEach((t, i) => {
    if (!idBySymbol.has(t.symbol)) throw badInput(`targets[${i}].symbol`, `unknown instrument ${quoteInput(t.symbol)}`);
  });
  const positions = await findOpenPositions(pool, portfolioId);
  const cash = await findCashBalance(pool, portfolioId);
  const prices = await findLatestPrices(pool, [...new Set([...positions.map((p) => p.instrumentId), ...idBySymbol.values()])]);
  const { value, trades } = planRebalance({ targets, idBySymbol, positions, cash, prices });
  if (execute && trades.length > 0) {
    const ts = new Date(clock.now());
    await recordTrades(pool, { portfolioId: String(portfolioId), trades: trades.map((t): TradeInput => ({ ...t, fees: 0, ts })) });
  }
  return { portfolioValue: value, trades, executed: execute && trades.length > 0 };
}
