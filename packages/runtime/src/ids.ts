import { badInput, quoteInput } from './errors.ts';

/**
 * A GraphQL `ID` of an integer-keyed row. Ids are opaque to clients, but a
 * non-numeric one can only be a mistake, so it fails like any bad argument.
 * @throws BAD_USER_INPUT naming `field`.
 */
export function parseId(id: string | number, field: string): number {
  const text = String(id);
  if (!/^\d{1,9}$/.test(text)) throw badInput(field, `must be a numeric id, got ${quoteInput(text)}`);
  return Number(text);
}

/** Like {@link parseId} but null for malformed ids (entity references and lookups that may miss). */
export function tryParseId(id: string | number): number | null {
  const text = String(id);
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
