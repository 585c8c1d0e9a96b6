/**
 * Performance metrics. Formulas follow empyrical (quantopian/empyrical, empyrical/stats.py):
 * simple returns r_t = E_t / E_{t−1} − 1; annual_volatility = std(r, ddof=1)·√P; sharpe_ratio =
 * mean(r)/std(r, ddof=1)·√P (risk-free 0); downside_risk = √(mean(min(r, 0)²))·√P; sortino =
 * mean(r)·P / downside_risk; annual_return (CAGR) = (E_T/E_0)^(P/n) − 1; max_drawdown = min((E −
 * running max)/running max); calmar = CAGR / |max drawdown|. P = periodsPerYear, n = number of returns.
 * PSR / DSR: Bailey & López de Prado, "The Sharpe Ratio Efficient Frontier" (2012) and "The Deflated
 * Sharpe Ratio" (2014), on per-period (non-annualised) Sharpe ratios.
 */
import { moments, normCdf, normInv } from './stats.ts';
import type { Drawdown, EquityPoint, Fill, Metrics, TradeRecord } from './types.ts';

const EULER_GAMMA = 0.5772156649015329;

/** Simple returns of an equity series (length n − 1). */
export function equityReturns(equity: ArrayLike<number>): Float64Array {
  const n = equity.length;
  const r = new Float64Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) r[i - 1] = equity[i]! / equity[i - 1]! - 1;
  return r;
}

/**
 * Probabilistic Sharpe ratio: P(true SR > benchmark) =
 * Φ((ŜR − SR*)·√(n − 1) / √(1 − γ₃·ŜR + (γ₄ − 1)/4·ŜR²)), with ŜR the per-period Sharpe ratio,
 * γ₃ the skewness and γ₄ the (non-excess) kurtosis of the n returns.
 */
export function probabilisticSharpeRatio(sr: number, n: number, skew: number, kurtosis: number, benchmark = 0): number {
  if (!(n > 1) || !Number.isFinite(sr)) return NaN;
  const denom = 1 - skew * sr + ((kurtosis - 1) / 4) * sr * sr;
  if (!(denom > 0)) return NaN;
  return normCdf(((sr - benchmark) * Math.sqrt(n - 1)) / Math.sqrt(denom));
}

/**
 * Expected maximum Sharpe ratio of N independent trials with zero true Sharpe (the DSR benchmark):
 * SR₀ = √V[ŜR]·((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))), γ the Euler–Mascheroni constant.
 */
export function expectedMaxSharpe(trials: number, sharpeVariance: number): number {
  if (trials < 2 || !(sharpeVariance >= 0)) return 0;
  return Math.sqrt(sharpeVariance) * ((1 - EULER_GAMMA) * normInv(1 - 1 / trials) + EULER_GAMMA * normInv(1 - 1 / (trials * Math.E)));
}

/** Deflated Sharpe ratio: the PSR of the selected strategy against SR₀ of the number of trials. */
export function deflatedSharpeRatio(sr: number, n: number, skew: number, kurtosis: number, trialSharpes: ArrayLike<number>): number {
  const finite = Array.from(trialSharpes).filter(Number.isFinite);
  const m = moments(finite);
  const variance = finite.length > 1 ? m.std * m.std : 0;
  return probabilisticSharpeRatio(sr, n, skew, kurtosis, expectedMaxSharpe(finite.length, variance));
}

/** Drawdown periods of an equity curve: each from a peak to the recovery of that peak (or the end). */
export function computeDrawdowns(curve: readonly { ts: number; equity: number }[]): Drawdown[] {
  const ts = new Float64Array(curve.length);
  const equity = new Float64Array(curve.length);
  for (let i = 0; i < curve.length; i++) {
    ts[i] = curve[i]!.ts;
    equity[i] = curve[i]!.equity;
  }
  return drawdownsOf(ts, equity);
}

/** computeDrawdowns over columns. */
export function drawdownsOf(ts: Float64Array, equity: Float64Array): Drawdown[] {
  const out: Drawdown[] = [];
  let peak = -Infinity;
  let peakIdx = 0;
  let startIdx = -1;
  let troughIdx = 0;
  let depth = 0;
  for (let i = 0; i < equity.length; i++) {
    const e = equity[i]!;
    if (e >= peak) {
      if (startIdx >= 0) {
        out.push({ start: ts[startIdx]!, trough: ts[troughIdx]!, end: ts[i]!, depth, durationBars: i - startIdx });
        startIdx = -1;
      }
      peak = e;
      peakIdx = i;
      continue;
    }
    const dd = e / peak - 1;
    if (startIdx < 0) {
      startIdx = peakIdx;
      troughIdx = i;
      depth = dd;
    } else if (dd < depth) {
      depth = dd;
      troughIdx = i;
    }
  }
  if (startIdx >= 0) out.push({ start: ts[startIdx]!, trough: ts[troughIdx]!, end: null, depth, durationBars: equity.length - 1 - startIdx });
  return out;
}

/** All metrics of a run. `fills` feed turnover (Σ|notional| / mean equity, annualised). */
export function computeMetrics(curve: readonly EquityPoint[], trades: readonly TradeRecord[], periodsPerYear: number, fills: readonly Fill[] = []): Metrics {
  const ts = new Float64Array(curve.length);
  const equity = new Float64Array(curve.length);
  const exposure = new Float64Array(curve.length);
  for (let i = 0; i < curve.length; i++) {
    const p = curve[i]!;
    ts[i] = p.ts;
    equity[i] = p.equity;
    exposure[i] = p.exposure;
  }
  return metricsOf(equity, exposure, drawdownsOf(ts, equity), trades, periodsPerYear, fills);
}

/** computeMetrics over columns, with the drawdowns already computed. */
export function metricsOf(equity: Float64Array, exposures: Float64Array, drawdowns: readonly Drawdown[], trades: readonly TradeRecord[], periodsPerYear: number, fills: readonly Fill[] = []): Metrics {
  const r = equityReturns(equity);
  const n = r.length;
  const m = moments(r);
  const P = periodsPerYear;
  let down = 0;
  for (let i = 0; i < n; i++) if (r[i]! < 0) down += r[i]! * r[i]!;
  const downsideRisk = n > 0 ? Math.sqrt(down / n) * Math.sqrt(P) : NaN;
  const first = equity[0] ?? NaN;
  const last = equity[equity.length - 1] ?? NaN;
  const totalReturn = last / first - 1;
  const cagr = n > 0 ? Math.pow(last / first, P / n) - 1 : NaN;
  const srPeriod = m.std > 0 ? m.mean / m.std : NaN;
  let maxDd = 0;
  let maxDur = 0;
  for (const d of drawdowns) {
    if (d.depth < maxDd) {
      maxDd = d.depth;
      maxDur = d.durationBars;
    }
  }
  const closed = trades.filter((t) => t.status === 'CLOSED');
  const wins = closed.filter((t) => t.pnl > 0);
  const losses = closed.filter((t) => t.pnl < 0);
  const grossWin = wins.reduce((s, t) => s + t.pnl, 0);
  const grossLoss = -losses.reduce((s, t) => s + t.pnl, 0);
  const len = equity.length;
  let exposure = 0;
  let inMarket = 0;
  let eqSum = 0;
  for (let i = 0; i < len; i++) {
    const x = exposures[i]!;
    exposure += x;
    if (x > 0) inMarket++;
    eqSum += equity[i]!;
  }
  let notional = 0;
  for (const f of fills) notional += f.qty * f.price;
  const meanEquity = len ? eqSum / len : NaN;
  return {
    totalReturn,
    cagr,
    volatility: m.std * Math.sqrt(P),
    sharpe: srPeriod * Math.sqrt(P),
    sortino: downsideRisk > 0 ? (m.mean * P) / downsideRisk : m.mean > 0 ? Infinity : NaN,
    calmar: maxDd < 0 ? cagr / Math.abs(maxDd) : NaN,
    maxDrawdown: maxDd,
    maxDrawdownDurationBars: maxDur,
    winRate: closed.length ? wins.length / closed.length : NaN,
    profitFactor: grossLoss > 0 ? grossWin / grossLoss : grossWin > 0 ? Infinity : NaN,
    expectancy: closed.length ? closed.reduce((s, t) => s + t.pnl, 0) / closed.length : NaN,
    averageWin: wins.length ? grossWin / wins.length : NaN,
    averageLoss: losses.length ? -grossLoss / losses.length : NaN,
    exposure: len ? exposure / len : NaN,
    timeInMarket: len ? inMarket / len : NaN,
    turnover: n > 0 && meanEquity > 0 ? ((notional / meanEquity) * P) / n : 0,
    numberOfTrades: closed.length,
    probabilisticSharpe: probabilisticSharpeRatio(srPeriod, n, m.skew, m.kurtosis),
    skewness: m.skew,
    kurtosis: m.kurtosis,
    periods: n,
  };
}
