import { badInput } from '@nautilus/runtime';

/** Throws BAD_USER_INPUT naming `field` unless `value` is a finite number within [min, max]. */
export function checkNumber(value: unknown, field: string, range: { min?: number; max?: number; minExclusive?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(field, `must be a finite number, got ${String(value)}`);
  const { min, max, minExclusive = false } = range;
  if (min !== undefined && (minExclusive ? value <= min : value < min)) {
    throw badInput(field, `must be ${minExclusive ? '>' : '≥'} ${min}, got ${value}`);
  }
  if (max !== undefined && value > max) throw badInput(field, `must be ≤ ${max}, got ${value}`);
  return value;
}
