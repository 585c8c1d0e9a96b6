/** VaR and ES at one confidence level, as positive loss amounts. */
export interface RiskAtLevel {
  confidence: number;
  /** Value at Risk: the loss exceeded in a fraction (1 − confidence) of scenarios. */
  valueAtRisk: number;
  /** Expected Shortfall: mean loss over those worst scenarios. */
  expectedShortfall: number;
  /** Number of tail scenarios averaged for ES, k = ⌈S·(1 − confidence)⌉. */
  tailScenarios: number;
}

export interface PortfolioRisk {
  scenarios: number;
  meanPnl: number;
  stdDevPnl: number;
  levels: RiskAtLevel[];
  /** The simulated P&L per scenario, only when `keepPnl` was set. */
  pnl?: Float64Array;
}

/**
 * Empirical VaR/ES (Acerbi & Tasche 2002 for ES as the tail mean): sort P&L
 * ascending, k = ⌈S(1 − α)⌉; VaR = −P&L₍ₖ₎, ES = −mean(P&L₍₁₎…P&L₍ₖ₎).
 */
export function summarizePnl(pnl: Float64Array, confidence: number[], keepPnl: boolean): PortfolioRisk {
  const s = pnl.length;
  let mean = 0;
  for (let i = 0; i < s; i++) mean += pnl[i]!;
  mean /= s;
  let v = 0;
  for (let i = 0; i < s; i++) v += (pnl[i]! - mean) ** 2;
  const sorted = Float64Array.from(pnl).sort();
  const levels = confidence.map((c) => {
    const k = Math.max(1, Math.ceil(s * (1 - c) - 1e-9));
    let tail = 0;
    for (let i = 0; i < k; i++) tail += sorted[i]!;
    return { confidence: c, valueAtRisk: -sorted[k - 1]!, expectedShortfall: -tail / k, tailScenarios: k };
  });
  const out: PortfolioRisk = { scenarios: s, meanPnl: mean, stdDevPnl: Math.sqrt(v / (s - 1)), levels };
  if (keepPnl) out.pnl = pnl;
  return out;
}
