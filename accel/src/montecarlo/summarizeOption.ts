import { geometricAsianPrice } from '../closedform/geometricAsianPrice.ts';
import { normInv } from '../closedform/normal.ts';
import type { ResolvedOptionSpec } from './OptionSpec.ts';
import { MOMENT_WIDTH } from './simulateOptionBlocks.ts';

/** A Monte Carlo price with its sampling error. */
export interface MonteCarloPrice {
  /** Discounted mean payoff (control-variate adjusted when used). */
  price: number;
  /** Standard error of `price`; shrinks as 1/√paths. */
  standardError: number;
  /** Two-sided normal interval at `confidence`: price ± z·SE. */
  confidenceInterval: [number, number];
  confidence: number;
  paths: number;
  /** Independent samples behind the SE (paths/2 with antithetic pairs). */
  samples: number;
  /** Control variate used, its regression coefficient and known mean (discounted); null when none. */
  controlVariate: { kind: 'terminal-price' | 'geometric-asian'; beta: number; expected: number } | null;
}

/**
 * Combines per-block moments (summed in block order, so every backend gives
 * bit-identical numbers for the same blocks) into a price, SE and interval.
 * Control variate: X − β(Y − E[Y]) with β = Cov(X,Y)/Var(Y) estimated from the
 * same samples (Glasserman 4.1.1).
 */
export function summarizeOption(spec: ResolvedOptionSpec, moments: Float64Array, blocks: number): MonteCarloPrice {
  let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let b = 0; b < blocks; b++) {
    const o = b * MOMENT_WIDTH;
    n += moments[o]!;
    sx += moments[o + 1]!;
    sy += moments[o + 2]!;
    sxx += moments[o + 3]!;
    syy += moments[o + 4]!;
    sxy += moments[o + 5]!;
  }
  const df = Math.exp(-spec.rate * spec.maturity);
  const mx = sx / n;
  let varX = Math.max((sxx - n * mx * mx) / (n - 1), 0);
  let mean = mx;
  let controlVariate: MonteCarloPrice['controlVariate'] = null;
  if (spec.control !== 0) {
    const my = sy / n;
    const varY = (syy - n * my * my) / (n - 1);
    const cov = (sxy - n * mx * my) / (n - 1);
    const expected =
      spec.control === 1
        ? spec.spot * Math.exp((spec.rate - spec.dividendYield) * spec.maturity)
        : geometricAsianPrice({
            type: spec.isCall ? 'call' : 'put',
            spot: spec.spot,
            strike: spec.strike,
            rate: spec.rate,
            dividendYield: spec.dividendYield,
            volatility: spec.volatility,
            maturity: spec.maturity,
            fixings: spec.steps,
          }) / df;
    if (varY > 0) {
      const beta = cov / varY;
      mean = mx - beta * (my - expected);
      varX = Math.max(varX - (cov * cov) / varY, 0) * ((n - 1) / Math.max(n - 2, 1));
      controlVariate = { kind: spec.control === 1 ? 'terminal-price' : 'geometric-asian', beta, expected: expected * df };
    }
  }
  const price = df * mean;
  const standardError = df * Math.sqrt(varX / n);
  const zq = normInv(0.5 + spec.confidence / 2);
  return {
    price,
    standardError,
    confidenceInterval: [price - zq * standardError, price + zq * standardError],
    confidence: spec.confidence,
    paths: spec.paths,
    samples: n,
    controlVariate,
  };
}
