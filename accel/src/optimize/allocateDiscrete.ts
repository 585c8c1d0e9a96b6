import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { solveLinearProgram, type LinearProgramRow } from './solveLinearProgram.ts';

export interface DiscreteAllocationInput {
  /** Target weights wᵢ ≥ 0 (fractions of `cash`; they may sum to less than 1, the rest stays cash). */
  weights: ArrayLike<number>;
  /** Price of one unit (share) of each asset, > 0. */
  prices: ArrayLike<number>;
  /** Cash to invest, > 0. */
  cash: number;
  /** 'mip' (default: HiGHS branch-and-cut, greedy if it fails) or 'greedy' only. */
  method?: 'mip' | 'greedy';
}

export interface DiscreteAllocation {
  /** Whole units per asset. */
  shares: Float64Array;
  /** Σ sharesᵢ·pricesᵢ ≤ cash. */
  invested: number;
  leftover: number;
  /** Σ|wᵢ·cash − sharesᵢ·pricesᵢ|, in cash: the objective. */
  deviation: number;
  method: 'mip' | 'greedy';
}

/**
 * Whole-share allocation of `cash` closest to target weights:
 *   minimise Σᵢ dᵢ  s.t.  dᵢ ≥ wᵢC − pᵢxᵢ,  dᵢ ≥ pᵢxᵢ − wᵢC,  Σ pᵢxᵢ ≤ C,
 *            xᵢ ∈ {0, 1, …, ⌊C/pᵢ⌋}
 * (the L1 distance in cash between the target and the bought values; the
 * leftover C − Σpᵢxᵢ ≤ Σdᵢ is controlled with it), a small MIP solved by
 * `solveLinearProgram` with integer columns (the formulation of
 * PyPortfolioOpt's `DiscreteAllocation.lp_portfolio`, Martin 2021, without
 * its extra leftover term). If HiGHS does not finish (20 s) or fails, or
 * with method 'greedy', a greedy allocation is returned instead: buy
 * ⌊wᵢC/pᵢ⌋ of each, then repeatedly buy one more unit of the affordable asset
 * whose purchase lowers Σdᵢ most (pᵢ < 2dᵢ), until none does. The greedy
 * answer is feasible but not always optimal.
 * @throws AccelError BAD_INPUT for lengths, negative weights, weights summing
 *   above 1, prices ≤ 0 or cash ≤ 0.
 */
export async function allocateDiscrete(input: DiscreteAllocationInput): Promise<DiscreteAllocation> {
  const n = input.weights.length;
  assertInput(n >= 1, 'weights must have at least one entry');
  assertInput(input.prices.length === n, `prices has ${input.prices.length} entries, expected ${n}`);
  const cash = input.cash;
  assertInput(Number.isFinite(cash) && cash > 0, `cash must be > 0, got ${cash}`);
  const w = Float64Array.from(input.weights);
  const p = Float64Array.from(input.prices);
  for (let i = 0; i < n; i++) {
    assertInput(Number.isFinite(w[i]!) && w[i]! >= 0, `weights[${i}] must be ≥ 0, got ${w[i]}`);
    assertInput(Number.isFinite(p[i]!) && p[i]! > 0, `prices[${i}] must be > 0, got ${p[i]}`);
  }
  const total = w.reduce((a, b) => a + b, 0);
  assertInput(total <= 1 + 1e-9, `weights sum to ${total}, more than 1`);
  const method = input.method ?? 'mip';
  assertInput(method === 'mip' || method === 'greedy', `method must be 'mip' or 'greedy', got ${String(method)}`);
  if (method === 'mip') {
    try {
      return finish(await mip(w, p, cash), w, p, cash, 'mip');
    } catch (error) {
      if (!(error instanceof AccelError) || error.code === AccelErrorCode.BAD_INPUT) throw error;
    }
  }
  return finish(greedy(w, p, cash), w, p, cash, 'greedy');
}

async function mip(w: Float64Array, p: Float64Array, cash: number): Promise<Float64Array> {
  const n = w.length;
  // columns: x₀..x_{n−1} (integer), d₀..d_{n−1}
  const objective = new Float64Array(2 * n);
  const lower = new Float64Array(2 * n);
  const upper = new Float64Array(2 * n).fill(Infinity);
  const integer = new Uint8Array(2 * n);
  const rows: LinearProgramRow[] = [];
  for (let i = 0; i < n; i++) {
    objective[n + i] = 1;
    upper[i] = Math.floor(cash / p[i]!);
    integer[i] = 1;
    rows.push({ coefficients: [[n + i, 1], [i, p[i]!]], lower: w[i]! * cash, name: `under ${i}` });
    rows.push({ coefficients: [[n + i, 1], [i, -p[i]!]], lower: -w[i]! * cash, name: `over ${i}` });
  }
  rows.push({ coefficients: Array.from(p, (v, i): [number, number] => [i, v]), upper: cash, name: 'cash' });
  const { x } = await solveLinearProgram({ sense: 'minimize', objective, columns: { lower, upper, integer }, rows });
  const shares = x.slice(0, n).map((v) => Math.round(v));
  // guard against rounding of near-integral values breaking the budget
  let spent = shares.reduce((s, v, i) => s + v * p[i]!, 0);
  while (spent > cash * (1 + 1e-12)) {
    let worst = -1;
    for (let i = 0; i < n; i++) if (shares[i]! > 0 && (worst < 0 || shares[i]! * p[i]! - w[i]! * cash > shares[worst]! * p[worst]! - w[worst]! * cash)) worst = i;
    shares[worst] = shares[worst]! - 1;
    spent -= p[worst]!;
  }
  return shares;
}

function greedy(w: Float64Array, p: Float64Array, cash: number): Float64Array {
  const n = w.length;
  const shares = Float64Array.from(w, (wi, i) => Math.floor((wi * cash) / p[i]!));
  let left = cash - shares.reduce((s, v, i) => s + v * p[i]!, 0);
  for (;;) {
    let best = -1;
    let gain = 0;
    for (let i = 0; i < n; i++) {
      if (p[i]! > left) continue;
      const d = w[i]! * cash - shares[i]! * p[i]!;
      const g = Math.abs(d) - Math.abs(d - p[i]!);
      if (g > gain + 1e-12) {
        gain = g;
        best = i;
      }
    }
    if (best < 0) break;
    shares[best] = shares[best]! + 1;
    left -= p[best]!;
  }
  return shares;
}

function finish(shares: Float64Array, w: Float64Array, p: Float64Array, cash: number, method: 'mip' | 'greedy'): DiscreteAllocation {
  const invested = shares.reduce((s, v, i) => s + v * p[i]!, 0);
  const deviation = shares.reduce((s, v, i) => s + Math.abs(w[i]! * cash - v * p[i]!), 0);
  return { shares, invested, leftover: cash - invested, deviation, method };
}
