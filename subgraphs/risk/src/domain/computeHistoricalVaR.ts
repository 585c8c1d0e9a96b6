/** VaR and ES as positive losses. */
export interface VarEs {
  var: number;
  es: number;
}

export interface ComputeHistoricalVaROptions {
  /** One-day P&L observations (currency), any order. */
  pnl: readonly number[];
  /** In (0, 1), e.g. 0.99. */
  confidence: number;
  /** Scales the one-day numbers by √horizonDays (square-root-of-time rule, Jorion ch. 5; assumes i.i.d. returns). */
  horizonDays?: number;
}

/**
 * Historical-simulation VaR/ES (Jorion, *Value at Risk*, ch. 10): sort the
 * P&L ascending, k = ⌈n(1 − α)⌉; VaR = −P&L₍ₖ₎, ES = −mean(P&L₍₁₎ … P&L₍ₖ₎)
 * (Acerbi & Tasche 2002), the same convention as accel's Monte Carlo. Pure.
 * @throws Error on an empty series (callers check history length first).
 */
export function computeHistoricalVaR({ pnl, confidence, horizonDays = 1 }: ComputeHistoricalVaROptions): VarEs {
  if (pnl.length === 0) throw new Error('computeHistoricalVaR: no observations');
  const sorted = [...pnl].sort((a, b) => a - b);
  const k = Math.max(1, Math.ceil(sorted.length * (1 - confidence) - 1e-9));
  let tail = 0;
  for (let i = 0; i < k; i++) tail += sorted[i]!;
  const scale = Math.sqrt(horizonDays);
  return { var: -sorted[k - 1]! * scale, es: (-tail / k) * scale };
}
