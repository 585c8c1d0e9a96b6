/** Decimal places the ledger stores (numeric(28, 10)). */
export const DECIMAL_PLACES = 10;

/**
 * The runtime's shared decimal check (finite, signed, below 1e18, at most 10
 * decimal places by default: the ledger's numeric(28, 10)); re-exported so the
 * ledger's services keep one import.
 */
export { parseDecimal, type ParseDecimalOptions } from '@nautilus/runtime';

/** Scaled integer (units of 1e-10) of a decimal string, for exact comparisons in TypeScript. */
export function toUnits(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace(/^[-+]/, '').split('.');
  const units = BigInt(whole) * 10n ** BigInt(DECIMAL_PLACES) + BigInt((fraction + '0'.repeat(DECIMAL_PLACES)).slice(0, DECIMAL_PLACES) || '0');
  return negative ? -units : units;
}

/** Decimal string of a scaled integer from {@link toUnits}. */
export function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const scale = 10n ** BigInt(DECIMAL_PLACES);
  const fraction = (abs % scale).toString().padStart(DECIMAL_PLACES, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / scale}${fraction ? `.${fraction}` : ''}`;
}
