/**
 * The optimiser form: which constraints each method takes, and the form's text fields turned into
 * `OptimizationConstraints` (percentages typed by people become fractions). Pure and tested.
 */
import type { CovarianceEstimator, OptimizationConstraints, OptimizationMethod, TargetWeight } from '../../__generated__/graphql.ts';

export const METHODS: readonly { value: OptimizationMethod; label: string }[] = [
  { value: 'MAX_SHARPE', label: 'Max Sharpe' },
  { value: 'MIN_VARIANCE', label: 'Min variance' },
  { value: 'TARGET_RETURN', label: 'Target return' },
  { value: 'TARGET_VOLATILITY', label: 'Target volatility' },
  { value: 'RISK_PARITY', label: 'Risk parity' },
  { value: 'HRP', label: 'Hierarchical risk parity' },
  { value: 'MEAN_CVAR', label: 'Mean-CVaR' },
  { value: 'MIN_TRACKING_ERROR', label: 'Min tracking error' },
  { value: 'BLACK_LITTERMAN', label: 'Black-Litterman (no views)' },
];

export interface OptimiserFields {
  method: OptimizationMethod;
  longOnly: boolean;
  /** Percent text, empty = none. */
  minWeight: string;
  maxWeight: string;
  targetReturn: string;
  targetVolatility: string;
  maxTurnover: string;
  lookbackDays: string;
  covariance: CovarianceEstimator;
}

export const DEFAULT_FIELDS: OptimiserFields = {
  method: 'MAX_SHARPE',
  longOnly: true,
  minWeight: '',
  maxWeight: '',
  targetReturn: '10',
  targetVolatility: '12',
  maxTurnover: '',
  lookbackDays: '252',
  covariance: 'LEDOIT_WOLF',
};

/** Whether a field applies to the method (the form hides the rest). */
export function usesField(method: OptimizationMethod, field: 'targetReturn' | 'targetVolatility' | 'bounds' | 'maxTurnover'): boolean {
  const budgetOnly = method === 'RISK_PARITY' || method === 'HRP';
  switch (field) {
    case 'targetReturn':
      return method === 'TARGET_RETURN' || method === 'MEAN_CVAR';
    case 'targetVolatility':
      return method === 'TARGET_VOLATILITY';
    case 'bounds':
    case 'maxTurnover':
      return !budgetOnly;
  }
}

const percent = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text) / 100);

/** The constraints argument for the fields (only what the method uses and the person filled in). */
export function toConstraints(f: OptimiserFields): OptimizationConstraints {
  const c: OptimizationConstraints = { longOnly: f.longOnly, covariance: f.covariance };
  const lookback = Number(f.lookbackDays);
  if (f.lookbackDays.trim() !== '') c.lookbackDays = Number.isFinite(lookback) ? Math.round(lookback) : lookback;
  if (usesField(f.method, 'bounds')) {
    const min = percent(f.minWeight);
    const max = percent(f.maxWeight);
    if (min !== undefined) c.minWeight = min;
    if (max !== undefined) c.maxWeight = max;
  }
  if (usesField(f.method, 'maxTurnover')) {
    const t = percent(f.maxTurnover);
    if (t !== undefined) c.maxTurnover = t;
  }
  if (usesField(f.method, 'targetReturn')) {
    const t = percent(f.targetReturn);
    if (t !== undefined) c.targetReturn = t;
  }
  if (usesField(f.method, 'targetVolatility')) {
    const t = percent(f.targetVolatility);
    if (t !== undefined) c.targetVolatility = t;
  }
  return c;
}

/**
 * Rebalance targets from optimal weights (which sum to 1 over the holdings) keeping `cashShare`
 * of the value in cash: wᵢ·(1 − cashShare), rounded to 6 decimals and never summing over 1.
 */
export function rebalanceTargets(weights: readonly { symbol: string; weight: number }[], cashShare: number): TargetWeight[] {
  const invest = Math.min(1, Math.max(0, 1 - cashShare));
  const targets = weights.map((w) => ({ symbol: w.symbol, weight: Math.max(0, Math.floor(w.weight * invest * 1e6) / 1e6) }));
  return targets;
}
