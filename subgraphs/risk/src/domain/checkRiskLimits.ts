import type { RiskLimitKind, RiskLimitRow } from '../service/types.ts';

/** The measures a report exposes to limits. */
export interface LimitMeasures {
  var: number;
  grossExposure: number;
  /** Largest |vᵢ| / Σ|vᵢ|. */
  concentration: number;
  maxDrawdown: number;
}

const MEASURE: Record<RiskLimitKind, keyof LimitMeasures> = {
  VAR: 'var',
  EXPOSURE: 'grossExposure',
  CONCENTRATION: 'concentration',
  DRAWDOWN: 'maxDrawdown',
};

/** Active limits whose measure is strictly above the threshold, with the measured value. Pure. */
export function checkRiskLimits(limits: readonly RiskLimitRow[], measures: LimitMeasures): Array<{ limit: RiskLimitRow; value: number }> {
  return limits.filter((l) => l.active && measures[MEASURE[l.kind]] > l.threshold).map((limit) => ({ limit, value: measures[MEASURE[limit.kind]] }));
}
