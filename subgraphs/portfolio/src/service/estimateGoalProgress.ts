import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { findAlignedCloses, findLatestPrices } from '@nautilus/marketdata/reads';
import type { Accel } from '@nautilus/accel';
import { calibrateGbm } from '../domain/calibrateGbm.ts';
import { estimateGoalProbability } from '../domain/estimateGoalProbability.ts';
import { findCombinedHoldings, findTotalCash } from '../store/positions.ts';
import type { GoalRow } from './types.ts';

export interface EstimateGoalProgressOptions {
  goal: GoalRow;
  portfolioIds: readonly number[];
  /** In [MIN_GOAL_PATHS, MAX_GOAL_PATHS]; the resolver checks it. */
  paths: number;
  seed: number;
  clock: Clock;
  /** The engine's routed accel (the Monte Carlo runs there). */
  accel: Pick<Accel, 'priceOption'>;
  /** Trading days of history for μ and σ (default 504, two years). */
  lookbackDays?: number;
}

/** The range of `Goal.progress(paths)`, like the other Monte Carlo arguments of the graph (risk: 1,000 to 1,000,000). */
export const MIN_GOAL_PATHS = 1_000;
export const MAX_GOAL_PATHS = 1_000_000;

/**
 * Goal progress under a GBM model of the linked portfolios' combined value.
 * Model: today's holdings (summed across the linked portfolios) are valued
 * over the last `lookbackDays` days of daily closes, as if held throughout;
 * the daily log returns x of that value give σ = sd(x)·√252 and
 * μ = mean(x)·252 + σ²/2 (the GBM drift whose log mean matches). Cash earns
 * nothing and is held constant, so it enters V₀ but not the dynamics (the
 * simulation scales the risky part and the cash together, a simplification
 * documented in the README). No contributions or withdrawals are modelled.
 */
export async function estimateGoalProgress(pool: pg.Pool, options: EstimateGoalProgressOptions) {
  const { goal, portfolioIds, seed, clock, accel, lookbackDays = 504 } = options;
  const { paths } = options;
  const [holdings, cash] = await Promise.all([findCombinedHoldings(pool, portfolioIds), findTotalCash(pool, portfolioIds)]);
  const ids = holdings.map((h) => h.instrumentId);
  const [prices, { closes }] = await Promise.all([findLatestPrices(pool, ids), findAlignedCloses(pool, { instrumentIds: ids, last: lookbackDays + 1 })]);
  const currentValue = cash + holdings.reduce((sum, h) => sum + h.quantity * (prices.get(h.instrumentId) ?? 0), 0);
  const values = (closes[0] ?? []).map((_, t) => cash + holdings.reduce((sum, h, i) => sum + h.quantity * closes[i]![t]!, 0));
  const { drift, volatility } = calibrateGbm(values);
  const years = Math.max(0, (goal.targetDate.getTime() - clock.now()) / (365.25 * 86_400_000));
  const { probability, standardError, computedWith } = await estimateGoalProbability(accel, { currentValue, target: goal.targetAmount, drift, volatility, years, paths, seed });
  return {
    currentValue,
    targetAmount: goal.targetAmount,
    fundedRatio: currentValue / goal.targetAmount,
    yearsRemaining: years,
    drift,
    volatility,
    probabilityOfReaching: probability,
    standardError,
    paths,
    computedWith,
  };
}
