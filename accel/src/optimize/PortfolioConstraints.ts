import { assertInput } from '../errors/AccelError.ts';

/**
 * Linear portfolio constraints shared by the optimisers. Weights are fractions
 * of capital; `budget` is what they must sum to.
 */
export interface PortfolioConstraints {
  /** Σ w = budget (default 1: fully invested). */
  budget?: number;
  /** w ≥ 0 (default true). Set false to allow shorts (then give `lower` to bound them). */
  longOnly?: boolean;
  /** Per-asset lower bound(s) (a number applies to all). */
  lower?: number | ArrayLike<number>;
  /** Per-asset upper bound(s). */
  upper?: number | ArrayLike<number>;
  /** Group limits, e.g. a sector: min ≤ Σ_{i∈assets} w_i ≤ max. */
  groups?: { assets: number[]; min?: number; max?: number; name?: string }[];
}

export interface ResolvedConstraints {
  budget: number;
  lower: Float64Array;
  upper: Float64Array;
  groups: { assets: number[]; min: number; max: number }[];
}

export function resolveConstraints(n: number, c: PortfolioConstraints = {}): ResolvedConstraints {
  const budget = c.budget ?? 1;
  assertInput(Number.isFinite(budget), 'budget must be finite');
  const longOnly = c.longOnly ?? true;
  const vec = (v: number | ArrayLike<number> | undefined, dflt: number, what: string): Float64Array => {
    if (v === undefined) return new Float64Array(n).fill(dflt);
    if (typeof v === 'number') return new Float64Array(n).fill(v);
    assertInput(v.length === n, `${what} has ${v.length} entries, expected ${n}`);
    return Float64Array.from(v);
  };
  const lower = vec(c.lower, longOnly ? 0 : -Infinity, 'lower');
  const upper = vec(c.upper, Infinity, 'upper');
  for (let i = 0; i < n; i++) {
    if (longOnly) lower[i] = Math.max(lower[i]!, 0);
    assertInput(lower[i]! <= upper[i]!, `asset ${i}: lower bound ${lower[i]} exceeds upper bound ${upper[i]}`);
  }
  const groups = (c.groups ?? []).map((g, k) => {
    assertInput(g.assets.length > 0 && g.assets.every((i) => Number.isInteger(i) && i >= 0 && i < n), `group ${g.name ?? k} has an asset index outside [0, ${n})`);
    const min = g.min ?? -Infinity;
    const max = g.max ?? Infinity;
    assertInput(min <= max, `group ${g.name ?? k}: min ${min} exceeds max ${max}`);
    return { assets: g.assets, min, max };
  });
  return { budget, lower, upper, groups };
}
