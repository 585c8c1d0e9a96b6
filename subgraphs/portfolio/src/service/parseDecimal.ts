import { badInput } from '@nautilus/runtime';

/** Decimal places the ledger stores (numeric(28, 10)). */
export const DECIMAL_PLACES = 10;

export interface ParseDecimalOptions {
  /** Input path for the error, e.g. `input.trades[2].quantity`. */
  field: string;
  /** 'positive' (> 0) or 'nonNegative' (≥ 0). */
  sign: 'positive' | 'nonNegative';
}

/**
 * Turns an API number into the exact decimal string the database stores.
 * Why: GraphQL Floats arrive as float64; `String(n)` is the shortest decimal
 * that round-trips, i.e. what the client typed (0.1 → "0.1"). Values with more
 * than 10 decimal places are refused rather than silently rounded.
 * @throws BAD_USER_INPUT naming `field` for non-finite, wrongly signed,
 *   too precise or too large values.
 */
export function parseDecimal(value: number, { field, sign }: ParseDecimalOptions): string {
  if (!Number.isFinite(value)) throw badInput(field, `must be a finite number, got ${value}`);
  if (sign === 'positive' && !(value > 0)) throw badInput(field, `must be positive, got ${value}`);
  if (sign === 'nonNegative' && value < 0) throw badInput(field, `must be zero or more, got ${value}`);
  if (Math.abs(value) >= 1e18) throw badInput(field, `must be below 1e18, got ${value}`);
  let text = String(value);
  if (/e/i.test(text)) {
    // Tiny numbers print in exponent form (1e-7); toFixed gives their plain decimal.
    text = value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals > DECIMAL_PLACES) throw badInput(field, `must have at most ${DECIMAL_PLACES} decimal places, got ${value}`);
  return text;
}

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
