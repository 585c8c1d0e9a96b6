import { badInput } from './errors.ts';

/**
 * Shared checks of user input that every engine applies before a value reaches
 * the database or an error message: text (no NUL or other control characters,
 * a length cap per kind of field), exact decimals (finite, signed, bounded,
 * not more precise than the column) and the quoting of user values in
 * messages ({@link quoteInput} in errors.ts).
 */

/**
 * Kinds of text field and their rules: `name` (names, brokers, strategies,
 * searches, one line, ≤ 200 characters), `symbol` (instrument symbols and
 * codes, one line, ≤ 32 characters, the longest a stored symbol can be) and
 * `note` (free text, ≤ 2,000 characters; tab and line breaks allowed).
 */
export const TEXT_RULES = {
  name: { max: 200, multiline: false },
  symbol: { max: 32, multiline: false },
  note: { max: 2_000, multiline: true },
} as const;

export type TextKind = keyof typeof TEXT_RULES;

// C0 controls, DEL and C1 controls. PostgreSQL refuses NUL in text outright; the others are never
// meant in a name and make logs and messages misleading.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Checks a text input against the rules of its kind and returns it unchanged.
 * @throws BAD_USER_INPUT naming `field`: longer than the kind allows, or a
 *   control character (NUL included; notes may hold tab, CR and LF).
 */
export function parseText(value: string, field: string, kind: TextKind = 'name'): string {
  const { max, multiline } = TEXT_RULES[kind];
  if (value.length > max) throw badInput(field, `must be at most ${max} characters, got ${value.length}`);
  const control = (multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).exec(value);
  if (control) {
    const hex = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw badInput(field, `must not contain control characters${multiline ? ' other than tab and line breaks' : ''}, found U+${hex} at position ${control.index}`);
  }
  return value;
}

/** {@link parseText} for an optional field: null and undefined pass through as null. */
export function parseOptionalText(value: string | null | undefined, field: string, kind: TextKind = 'name'): string | null {
  return value == null ? null : parseText(value, field, kind);
}

/**
 * A required name: trimmed, not blank, then {@link parseText} with the `name` rules.
 * @throws BAD_USER_INPUT naming `field`.
 */
export function parseName(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'must not be blank');
  return parseText(trimmed, field, 'name');
}

export interface ParseDecimalOptions {
  /** Input path for the error, e.g. `input.trades[2].quantity`. */
  field: string;
  /** 'positive' (> 0) or 'nonNegative' (≥ 0). */
  sign: 'positive' | 'nonNegative';
  /** Decimal places the column stores (default 10); more precise values are refused, not rounded. */
  places?: number;
  /** Exclusive upper bound of the magnitude (default 1e18); keep it within the column's precision. */
  below?: number;
}

/**
 * Turns an API number into the exact decimal string the database stores.
 * Why: GraphQL Floats arrive as float64; `String(n)` is the shortest decimal
 * that round-trips, i.e. what the client typed (0.1 → "0.1"). Values with more
 * than `places` decimal places are refused rather than silently rounded (so
 * 1e-30 is refused, not stored as 0), and values of `below` or more are
 * refused rather than overflowing the column.
 * @throws BAD_USER_INPUT naming `field` for non-finite, wrongly signed,
 *   too precise or too large values.
 */
export function parseDecimal(value: number, { field, sign, places = 10, below = 1e18 }: ParseDecimalOptions): string {
  if (!Number.isFinite(value)) throw badInput(field, `must be a finite number, got ${value}`);
  if (sign === 'positive' && !(value > 0)) throw badInput(field, `must be positive, got ${value}`);
  if (sign === 'nonNegative' && value < 0) throw badInput(field, `must be zero or more, got ${value}`);
  if (Math.abs(value) >= below) throw badInput(field, `must be below ${below >= 1e6 ? below.toExponential().replace('e+', 'e') : below}, got ${value}`);
  let text = String(value);
  if (/e/i.test(text)) {
    // Tiny numbers print in exponent form (1e-7); a value that needs more than 20 places is too precise anyway.
    if (Math.abs(value) < 10 ** -places) throw badInput(field, `must have at most ${places} decimal places, got ${value}`);
    text = value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals > places) throw badInput(field, `must have at most ${places} decimal places, got ${value}`);
  return text;
}
