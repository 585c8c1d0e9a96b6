import { predictMarginCall, type FirstPassageRunner, type MarginCallPrediction } from '../domain/prediction/predictMarginCall.ts';
import type { MarginPosition } from '../domain/margin/types.ts';
import type { MarketStatistics } from './findMarketStatistics.ts';
import { FALLBACK_VOLATILITY } from './findMarketStatistics.ts';
import type { AccountEvaluation } from './types.ts';
import type { MarginReadModel } from './MarginBook.ts';

export type AccountCallPrediction = MarginCallPrediction & { horizonDays: number };

export interface PredictAccountCallInput {
  evaluation: AccountEvaluation & { positions: MarginPosition[] };
  houseMultiplier: number;
  statistics: MarketStatistics;
  horizonDays: number;
  paths: number;
  seed: number;
  /** The engine's routed accel. */
  accel: FirstPassageRunner;
}

/**
 * Margin-call prediction for an evaluated account. The requirement is
 * linearised at today's prices: each non-option position carries its own
 * requirement per unit of |value| (from the requirement lines, house
 * multiplier included), and whatever is not attributable to a moving
 * position (options, concentration add-on, scenario groups without a stock
 * leg) is held fixed, as are option values. Paths are simulated by
 * predictMarginCall (correlated GBM, intraday steps, first passage).
 */
export async function predictAccountCall({ evaluation, houseMultiplier, statistics, horizonDays, paths, seed, accel }: PredictAccountCallInput): Promise<AccountCallPrediction> {
  const maintenanceByInstrument = new Map<string, number>();
  for (const line of evaluation.requirement.lines) {
    maintenanceByInstrument.set(line.instrumentId, (maintenanceByInstrument.get(line.instrumentId) ?? 0) + line.maintenance);
  }
  const moving = evaluation.positions.filter((p) => !p.option && p.quantity !== 0 && p.price > 0);
  let positionValue = 0;
  let attributed = 0;
  const positions = moving.map((p) => {
    const value = p.quantity * p.multiplier * p.price;
    positionValue += value;
    const requirement = (maintenanceByInstrument.get(p.instrumentId) ?? 0) * houseMultiplier;
    attributed += requirement;
    return {
      instrumentId: p.instrumentId,
      quantity: p.quantity,
      multiplier: p.multiplier,
      price: p.price,
      volatility: statistics.volatility.get(p.instrumentId) ?? p.volatility ?? FALLBACK_VOLATILITY,
      maintenanceRate: requirement / Math.abs(value),
    };
  });
  const n = positions.length;
  const correlation = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) correlation[i * n + j] = i === j ? 1 : statistics.correlation(positions[i]!.instrumentId, positions[j]!.instrumentId);
  }
  const prediction = await predictMarginCall({
    positions,
    correlation,
    cash: evaluation.equity - positionValue,
    fixedRequirement: Math.max(0, evaluation.houseRequirement - attributed),
    horizonDays,
    paths,
    seed,
    // Pairwise estimates on different windows need not be positive semi-definite together.
    repairCorrelation: true,
  }, accel);
  return { ...prediction, horizonDays };
}

/**
 * The call prediction of one account at the read model's current prices, evaluation and market
 * statistics, simulated on the engine's routed accel; undefined when the account has no evaluation.
 */
export async function predictAccount(
  margin: Pick<MarginReadModel, 'evaluation' | 'book' | 'marketStatistics'>,
  accel: FirstPassageRunner,
  accountId: string,
  options: { horizonDays: number; paths: number; seed: number },
): Promise<AccountCallPrediction | undefined> {
  const evaluation = margin.evaluation(accountId);
  const book = margin.book(accountId);
  if (!evaluation?.positions || !evaluation.requirement || !book) return undefined;
  return predictAccountCall({ evaluation: evaluation as PredictAccountCallInput['evaluation'], houseMultiplier: book.account.houseMultiplier, statistics: margin.marketStatistics, accel, ...options });
}
