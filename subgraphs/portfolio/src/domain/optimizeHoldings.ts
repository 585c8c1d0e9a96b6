import {
  AccelError,
  AccelErrorCode,
  allocateDiscrete,
  blackLitterman,
  covariance,
  ewmaCovariance,
  hierarchicalRiskParity,
  ledoitWolf,
  matrix,
  minimizeCvar,
  optimizeConstrained,
  portfolioCvar,
  riskParity,
  trackingErrorOf,
  type BenchmarkMoments,
  type ConstrainedObjective,
  type Matrix,
  type PortfolioConstraints,
} from '@nautilus/accel';
import { AppError, ErrorCode, badInput } from '@nautilus/runtime';
import { PERIODS_PER_YEAR } from './computeReturnMetrics.ts';
import type { CovarianceEstimatorName, Holding, OptimizationMethod, ParsedBlackLitterman, ParsedConstraints, parseGroups } from './parseOptimizationInput.ts';

export const FRONTIER_POINTS = 20;
/** Largest share count a ShareAllocation reports (GraphQL Int). */
const MAX_SHARES = 2 ** 31 - 1;

type Stats = { expectedReturn: number; volatility: number; sharpe: number };

export interface OptimizeHoldingsInput {
  method: OptimizationMethod;
  parsed: ParsedConstraints;
  /** The current non-zero holdings (at least 2), in column order. */
  holdings: readonly Holding[];
  groups: ReturnType<typeof parseGroups>;
  /** The parsed Black-Litterman options (method BLACK_LITTERMAN only). */
  bl: ParsedBlackLitterman | undefined;
  /**
   * Simple daily returns on common dates: one row per holding in order, then the benchmark's
   * when it is used and is not itself a holding (at least MIN_OBSERVATIONS each).
   */
  returns: ReadonlyArray<readonly number[]>;
  /** The benchmark and its row in `returns`, when the method or a limit uses one. */
  benchmark: { symbol: string; column: number } | undefined;
  /** Latest prices by instrument id (current weights by value, discrete allocation). */
  prices: Map<number, number>;
  discreteAllocation?: { cash: number } | null;
}

/**
 * Optimal weights for a portfolio's current (non-zero) holdings from their simple
 * daily returns over common trading days, through
 * @nautilus/accel (HiGHS for every LP/QP/MIP). Inputs and outputs are
 * annualised (returns ×252, volatility and tracking error ×√252); CVaR is daily.
 *
 * - Covariance: SAMPLE, LEDOIT_WOLF (default) or EWMA (RiskMetrics, λ =
 *   ewmaLambda); expected returns are the sample means. When a benchmark is
 *   used (MIN_TRACKING_ERROR, maxTrackingError) it joins the return window
 *   (dates common to holdings and benchmark) and the covariance is estimated
 *   jointly, so c = Cov(rᵢ, r_b) and σ_b² come from the same matrix; a
 *   benchmark that is itself a holding is that column.
 * - MIN_VARIANCE, MAX_SHARPE, TARGET_RETURN, TARGET_VOLATILITY,
 *   MIN_TRACKING_ERROR: `optimizeConstrained` (optimizeMeanVariance when no
 *   turnover / tracking-error limit applies).
 * - RISK_PARITY (Spinu), HRP (López de Prado): budget only.
 * - BLACK_LITTERMAN: `blackLitterman` posterior (π = δΣw_mkt, w_mkt = the
 *   given market weights or the current weights by value), then max Sharpe or
 *   max utility on (μ_BL + r_f, Σ_BL) with every constraint. Stats, frontier
 *   and tracking error are under the posterior.
 * - MEAN_CVAR: `minimizeCvar` (Rockafellar-Uryasev LP over the daily returns).
 * - Groups, turnover (vs current weights by value) and a tracking-error limit
 *   apply to every method but RISK_PARITY / HRP (refused there).
 * - `discreteAllocation`: whole shares at the latest prices (MIP, greedy fallback).
 * The frontier is 20 min-variance points from the min-variance portfolio's
 * return to the highest return the constraints allow, under the same constraints.
 * @throws BAD_USER_INPUT naming the field: `constraints.*` (infeasible or
 *   contradictory, a turnover limit without current weights),
 *   `blackLitterman.*`, `discreteAllocation*`.
 */
export async function optimizeHoldings(input: OptimizeHoldingsInput) {
  const { method, parsed, holdings, groups, bl, returns, benchmark, prices, discreteAllocation } = input;
  const n = holdings.length;
  const { lower, upper } = parsed;
  const t = returns[0]?.length ?? 0;
  const m = returns.length;
  const joint = matrix(t, m);
  for (let i = 0; i < m; i++) for (let k = 0; k < t; k++) joint.data[k * m + i] = returns[i]![k]!;
  const scenarios = m === n ? joint : matrix(t, n, Float64Array.from({ length: t * n }, (_, x) => joint.data[Math.floor(x / n) * m + (x % n)]!));
  const historical = estimateCovariance(joint, parsed.covariance, parsed.ewmaLambda);
  const mu = Array.from({ length: n }, (_, i) => returns[i]!.reduce((a, b) => a + b, 0) / t);
  const rf = parsed.riskFreeRate / PERIODS_PER_YEAR;

  // current weights by value at the latest prices (turnover, default market weights, allocation)
  const values = holdings.map((h) => (prices.has(h.instrumentId) ? h.quantity * prices.get(h.instrumentId)! : Number.NaN));
  const total = values.reduce((a, b) => a + b, 0);
  const current = Number.isFinite(total) && total > 0 ? values.map((v) => v / total) : undefined;
  const currentProblem = () => {
    const missing = holdings.find((h) => !prices.has(h.instrumentId));
    return missing ? `${missing.symbol} has no price yet` : `the holdings are worth ${total} in total (must be > 0)`;
  };
  if (parsed.maxTurnover !== undefined && !current) throw badInput('constraints.maxTurnover', `needs the current weights, but ${currentProblem()}`);

  // the model the weights are chosen on: historical, or the Black-Litterman posterior
  let modelJoint = historical;
  let modelMu = mu;
  let blReport: Array<{ symbol: string; marketWeight: number; equilibriumReturn: number; posteriorReturn: number }> | undefined;
  if (bl) {
    const marketWeights = bl.marketWeights ?? (current ? Float64Array.from(current) : undefined);
    if (!marketWeights) throw badInput('blackLitterman.marketWeights', `are needed: the current weights cannot be used, ${currentProblem()}`);
    // the benchmark (if any) rides along as an asset with market weight 0 and no views: the holdings' posterior is unchanged
    const pad = (v: ArrayLike<number>) => Float64Array.from({ length: m }, (_, i) => (i < n ? v[i]! : 0));
    try {
      const post = blackLitterman({
        covariance: historical,
        marketWeights: pad(marketWeights),
        riskAversion: bl.riskAversion,
        tau: bl.tau,
        views: bl.views.map((v) => ({ ...v, portfolio: pad(v.portfolio) })),
        viewUncertainty: bl.viewUncertainty,
      });
      modelJoint = post.posteriorCovariance;
      modelMu = Array.from({ length: n }, (_, i) => post.posteriorReturns[i]! + rf);
      blReport = holdings.map((h, i) => ({
        symbol: h.symbol,
        marketWeight: marketWeights[i]!,
        equilibriumReturn: post.equilibriumReturns[i]! * PERIODS_PER_YEAR,
        posteriorReturn: post.posteriorReturns[i]! * PERIODS_PER_YEAR,
      }));
    } catch (error) {
      if (error instanceof AccelError) throw new AppError(ErrorCode.BAD_USER_INPUT, `blackLitterman.views: ${error.message}`, { field: 'blackLitterman.views', cause: error });
      throw error;
    }
  }
  const cov = submatrix(modelJoint, n);
  const bench: BenchmarkMoments | undefined = benchmark
    ? { covariances: Array.from({ length: n }, (_, i) => modelJoint.data[i * m + benchmark.column]!), variance: modelJoint.data[benchmark.column * m + benchmark.column]! }
    : undefined;

  const bounds: PortfolioConstraints = { longOnly: parsed.longOnly, lower, upper, groups };
  const limits = {
    constraints: bounds,
    ...(parsed.maxTurnover !== undefined ? { turnover: { current: current!, max: parsed.maxTurnover } } : {}),
    ...(bench ? { benchmark: bench } : {}),
    ...(parsed.maxTrackingError !== undefined ? { maxTrackingError: parsed.maxTrackingError / Math.sqrt(PERIODS_PER_YEAR) } : {}),
  };
  const stats = (w: ArrayLike<number>): Stats => {
    let ret = 0;
    let variance = 0;
    for (let i = 0; i < n; i++) {
      ret += w[i]! * modelMu[i]!;
      for (let j = 0; j < n; j++) variance += w[i]! * w[j]! * cov.data[i * n + j]!;
    }
    const expectedReturn = ret * PERIODS_PER_YEAR;
    const volatility = Math.sqrt(Math.max(variance, 0) * PERIODS_PER_YEAR);
    return { expectedReturn, volatility, sharpe: volatility > 0 ? (expectedReturn - parsed.riskFreeRate) / volatility : 0 };
  };
  try {
    let weights: Float64Array;
    const mv = (objective: ConstrainedObjective) => optimizeConstrained({ covariance: cov, expectedReturns: modelMu, objective, ...limits }).then((r) => r.weights);
    switch (method) {
      case 'RISK_PARITY':
        weights = riskParity({ covariance: cov }).weights;
        break;
      case 'HRP':
        weights = hierarchicalRiskParity({ covariance: cov }).weights;
        break;
      case 'TARGET_RETURN':
        weights = await mv({ kind: 'targetReturn', target: parsed.targetReturn! / PERIODS_PER_YEAR });
        break;
      case 'TARGET_VOLATILITY':
        weights = await mv({ kind: 'targetRisk', target: parsed.targetVolatility! / Math.sqrt(PERIODS_PER_YEAR) });
        break;
      case 'MAX_SHARPE':
        weights = await mv({ kind: 'maxSharpe', riskFreeRate: rf });
        break;
      case 'MIN_TRACKING_ERROR':
        weights = await mv({ kind: 'minTrackingError' });
        break;
      case 'BLACK_LITTERMAN':
        weights = await mv(bl!.objective === 'MAX_UTILITY' ? { kind: 'maxUtility', riskAversion: bl!.riskAversion } : { kind: 'maxSharpe', riskFreeRate: rf });
        break;
      case 'MEAN_CVAR':
        weights = (
          await minimizeCvar({
            scenarios,
            confidence: parsed.cvarConfidence,
            expectedReturns: mu,
            ...(parsed.targetReturn !== undefined ? { targetReturn: parsed.targetReturn / PERIODS_PER_YEAR } : {}),
            constraints: bounds,
            ...(limits.turnover ? { turnover: limits.turnover } : {}),
            ...(bench && limits.maxTrackingError !== undefined ? { trackingError: { covariance: cov, benchmark: bench, max: limits.maxTrackingError } } : {}),
          })
        ).weights;
        break;
      default:
        weights = await mv({ kind: 'minVariance' });
    }
    const frontier = await computeFrontier({ cov, mu: modelMu, limits, stats });
    const risk = portfolioCvar(scenarios, weights, parsed.cvarConfidence);
    const result = {
      method,
      weights: holdings.map((h, i) => ({ symbol: h.symbol, weight: weights[i]! })),
      ...stats(weights),
      frontier,
      observations: t,
      cvar: risk.cvar,
      cvarConfidence: parsed.cvarConfidence,
      turnover: current ? weights.reduce((s, w, i) => s + Math.abs(w - current[i]!), 0) : null,
      benchmarkSymbol: benchmark?.symbol ?? null,
      trackingError: bench ? trackingErrorOf(cov, bench, weights) * Math.sqrt(PERIODS_PER_YEAR) : null,
      blackLitterman: blReport ?? null,
      allocation: null as Awaited<ReturnType<typeof allocate>> | null,
    };
    if (discreteAllocation) result.allocation = await allocate(holdings, prices, weights, discreteAllocation.cash);
    return result;
  } catch (error) {
    if (error instanceof AccelError) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `constraints: ${error.message}`, { field: 'constraints', cause: error });
    }
    throw error;
  }
}

function estimateCovariance(data: Matrix, kind: CovarianceEstimatorName, lambda: number): Matrix {
  switch (kind) {
    case 'SAMPLE':
      return covariance(data, { ddof: 1 });
    case 'EWMA':
      return ewmaCovariance(data, { lambda });
    default:
      return ledoitWolf(data).covariance;
  }
}

/** The leading n×n block of a square matrix. */
function submatrix(a: Matrix, n: number): Matrix {
  if (a.rows === n) return a;
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = a.data[i * a.cols + j]!;
  return out;
}


/**
 * Whole shares of `weights` for `cash` at the latest prices (accel's
 * allocateDiscrete: MIP minimising Σ|wᵢ·cash − sharesᵢ·priceᵢ| with
 * Σ sharesᵢ·priceᵢ ≤ cash; greedy if HiGHS fails). Long-only weights only;
 * solver noise below 1e-9 is clipped to 0.
 */
async function allocate(holdings: readonly Holding[], prices: Map<number, number>, weights: Float64Array, cash: number) {
  const w = Array.from(weights, (v) => (Math.abs(v) < 1e-9 ? 0 : v));
  const short = w.findIndex((v) => v < 0);
  if (short >= 0) throw badInput('discreteAllocation', `needs long-only weights, but ${holdings[short]!.symbol} has weight ${w[short]}`);
  const sum = w.reduce((a, b) => a + b, 0);
  const target = sum > 1 ? w.map((v) => v / sum) : w;
  const p = holdings.map((h) => {
    const price = prices.get(h.instrumentId);
    if (price === undefined || !(price > 0)) throw badInput('discreteAllocation', `${h.symbol} has no price yet`);
    return price;
  });
  let result;
  try {
    result = await allocateDiscrete({ weights: target, prices: p, cash });
  } catch (error) {
    if (error instanceof AccelError) throw new AppError(ErrorCode.BAD_USER_INPUT, `discreteAllocation: ${error.message}`, { field: 'discreteAllocation', cause: error });
    throw error;
  }
  if (result.shares.some((s) => s > MAX_SHARES)) throw badInput('discreteAllocation.cash', `buys more than ${MAX_SHARES} shares of one holding`);
  return {
    solver: result.method === 'mip' ? ('MIP' as const) : ('GREEDY' as const),
    cash,
    shares: holdings.map((h, i) => ({
      symbol: h.symbol,
      shares: result.shares[i]!,
      price: p[i]!,
      value: result.shares[i]! * p[i]!,
      targetWeight: target[i]!,
      weight: (result.shares[i]! * p[i]!) / cash,
    })),
    invested: result.invested,
    leftoverCash: result.leftover,
    deviation: result.deviation,
  };
}

async function computeFrontier({ cov, mu, limits, stats }: {
  cov: Matrix;
  mu: number[];
  limits: Omit<Parameters<typeof optimizeConstrained>[0], 'covariance' | 'objective' | 'expectedReturns'>;
  stats: (w: ArrayLike<number>) => Stats;
}) {
  const n = mu.length;
  const run = (objective: ConstrainedObjective) => optimizeConstrained({ covariance: cov, expectedReturns: mu, objective, ...limits });
  const minVar = await run({ kind: 'minVariance' });
  const low = minVar.weights.reduce((sum, w, i) => sum + w * mu[i]!, 0);
  let high: number;
  try {
    high = (await run({ kind: 'maxReturn' })).expectedReturn;
  } catch (error) {
    if (!(error instanceof AccelError) || error.code !== AccelErrorCode.BAD_INPUT) throw error;
    // unbounded (shorts without a lower bound): the frontier stops at the long-only maximum, filling the best
    // assets up to their upper bound from the lower bounds
    const b = limits.constraints ?? {};
    const lo = typeof b.lower === 'number' ? b.lower : 0;
    const hi = typeof b.upper === 'number' ? b.upper : 1;
    const w = new Array<number>(n).fill(lo);
    let left = 1 - lo * n;
    for (const i of [...mu.keys()].sort((a, c) => mu[c]! - mu[a]!)) {
      const add = Math.min(hi - lo, left);
      w[i] = w[i]! + add;
      left -= add;
    }
    high = w.reduce((sum, x, i) => sum + x * mu[i]!, 0);
  }
  const points = [stats(minVar.weights)];
  for (let k = 1; k < FRONTIER_POINTS; k++) {
    const target = low + ((high - low) * k) / (FRONTIER_POINTS - 1);
    try {
      const { weights } = await run({ kind: 'targetReturn', target: k === FRONTIER_POINTS - 1 ? target - 1e-9 * Math.abs(target) : target });
      points.push(stats(weights));
    } catch (error) {
      if (!(error instanceof AccelError)) throw error;
    }
  }
  return points;
}
