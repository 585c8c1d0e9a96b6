/**
 * Risk-limit thresholds in the units people type: currency for VAR and EXPOSURE, a percentage for
 * CONCENTRATION and DRAWDOWN (stored as fractions). Pure and tested.
 */
import type { RiskLimitKind } from '../../__generated__/graphql.ts';

export const LIMIT_KINDS: readonly { value: RiskLimitKind; label: string; unit: 'currency' | 'percent' }[] = [
  { value: 'VAR', label: 'VaR', unit: 'currency' },
  { value: 'EXPOSURE', label: 'Gross exposure', unit: 'currency' },
  { value: 'CONCENTRATION', label: 'Concentration', unit: 'percent' },
  { value: 'DRAWDOWN', label: 'Drawdown', unit: 'percent' },
];

export const isPercentKind = (kind: RiskLimitKind | string) => kind === 'CONCENTRATION' || kind === 'DRAWDOWN';

/** Typed text → the threshold the API takes (NaN for unreadable text: the server names the field). */
export function thresholdFromInput(kind: RiskLimitKind, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text.replace(/,/g, ''));
  return isPercentKind(kind) ? value / 100 : value;
}

/** The threshold as the input shows it. */
export function thresholdToInput(kind: RiskLimitKind, threshold: number): string {
  return isPercentKind(kind) ? String(Number((threshold * 100).toFixed(6))) : String(threshold);
}

/** The threshold or a measured value for display: "250,000" or "25.00%". */
export function formatThreshold(kind: RiskLimitKind | string, value: number): string {
  return isPercentKind(kind) ? `${(value * 100).toFixed(2)}%` : value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}
