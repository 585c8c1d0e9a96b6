import { normInv, normPdf } from '@nautilus/accel';
import type { VarEs } from './computeHistoricalVaR.ts';

export interface ComputeParametricVaROptions {
  /** Position values v (currency). */
  values: readonly number[];
  /** Daily covariance Σ of returns, row-major n×n. */
  covariance: ArrayLike<number>;
  confidence: number;
  horizonDays?: number;
}

export interface ParametricVaR extends VarEs {
  /** Daily σ_p = √(vᵀΣv) in currency. */
  sigma: number;
  /** ∂VaR/∂vᵢ = z·(Σv)ᵢ/σ_p·√h. */
  marginal: number[];
  /** vᵢ·∂VaR/∂vᵢ; Σ component = VaR (Euler, VaR is homogeneous of degree 1). */
  component: number[];
}

/**
 * Delta-normal VaR with zero mean (Jorion, *Value at Risk*, ch. 7):
 * VaR = z_α·σ_p·√h, ES = σ_p·φ(z_α)/(1 − α)·√h (the normal ES of Hull,
 * *Risk Management and Financial Institutions*, ch. on expected shortfall), and the Euler decomposition
 * into marginal and component VaR (Jorion 7.2). Pure.
 */
export function computeParametricVaR({ values, covariance, confidence, horizonDays = 1 }: ComputeParametricVaROptions): ParametricVaR {
  const n = values.length;
  const sigmaV = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sigmaV[i]! += covariance[i * n + j]! * values[j]!;
  const variance = values.reduce((s, v, i) => s + v * sigmaV[i]!, 0);
  const sigma = Math.sqrt(Math.max(variance, 0));
  const z = normInv(confidence);
  const scale = Math.sqrt(horizonDays);
  const marginal = sigmaV.map((x) => (sigma === 0 ? 0 : (z * x * scale) / sigma));
  return {
    var: z * sigma * scale,
    es: ((sigma * normPdf(z)) / (1 - confidence)) * scale,
    sigma,
    marginal,
    component: marginal.map((m, i) => m * values[i]!),
  };
}
