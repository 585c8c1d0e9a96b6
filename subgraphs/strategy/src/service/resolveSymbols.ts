import { badInput, parseText, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol, type InstrumentRef } from '@nautilus/marketdata/reads';
import type pg from 'pg';

/** Most symbols a strategy's universe or a backtest may name. */
export const MAX_SYMBOLS = 500;

/**
 * Checks a list of symbols (present, unique, at most {@link MAX_SYMBOLS}) and resolves them through
 * marketdata's reads. @throws BAD_USER_INPUT naming `field` or `field[i]` (an unknown or repeated symbol).
 */
export async function resolveSymbols(db: pg.Pool | pg.PoolClient, symbols: readonly string[], field: string): Promise<InstrumentRef[]> {
  if (symbols.length === 0) throw badInput(field, 'must name at least one symbol');
  if (symbols.length > MAX_SYMBOLS) throw badInput(field, `must name at most ${MAX_SYMBOLS} symbols, got ${symbols.length}`);
  const checked = symbols.map((s, i) => parseText(s, `${field}[${i}]`, 'symbol'));
  const seen = new Set<string>();
  checked.forEach((s, i) => {
    if (seen.has(s)) throw badInput(`${field}[${i}]`, `repeats ${quoteInput(s)}`);
    seen.add(s);
  });
  const found = await findInstrumentsBySymbol(db, checked);
  return checked.map((s, i) => {
    const instrument = found.get(s);
    if (!instrument) throw badInput(`${field}[${i}]`, `unknown instrument ${quoteInput(s)}`);
    return instrument;
  });
}
