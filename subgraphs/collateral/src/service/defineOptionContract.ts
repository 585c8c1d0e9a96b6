import type pg from 'pg';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { badInput, parseDecimal, parseText, quoteInput } from '@nautilus/runtime';

export interface OptionContractInput {
  symbol: string;
  underlyingSymbol: string;
  right: string;
  strike: number;
  expiry: Date;
}

export interface OptionContractRecord {
  instrumentId: string;
  underlyingId: string;
  right: 'CALL' | 'PUT';
  strike: number;
  expiry: Date;
}

/**
 * Records the terms of an option instrument (asset class `option`) so that
 * positions in it are margined by the option rules.
 * @throws BAD_USER_INPUT naming the field: unknown symbols, an instrument that
 *   is not an option, an underlying that is one, right not CALL/PUT,
 *   a strike that is not positive, of 1e12 or more or with more than 8 decimal
 *   places (numeric(20, 8)), terms already defined.
 */
export async function defineOptionContract(pool: pg.Pool, input: OptionContractInput): Promise<OptionContractRecord> {
  const right = input.right.toUpperCase();
  if (right !== 'CALL' && right !== 'PUT') throw badInput('input.right', `must be CALL or PUT, got ${quoteInput(input.right)}`);
  const strike = parseDecimal(input.strike, { field: 'input.strike', sign: 'positive', places: 8, below: 1e12 });
  parseText(input.symbol, 'input.symbol', 'symbol');
  parseText(input.underlyingSymbol, 'input.underlyingSymbol', 'symbol');
  const bySymbol = new Map([...(await findInstrumentsBySymbol(pool, [input.symbol, input.underlyingSymbol])).values()].map((r) => [r.symbol, { ...r, id: String(r.id) }]));
  const option = bySymbol.get(input.symbol);
  const underlying = bySymbol.get(input.underlyingSymbol);
  if (!option) throw badInput('input.symbol', `unknown instrument ${quoteInput(input.symbol)}`);
  if (option.assetClass !== 'option') throw badInput('input.symbol', `${input.symbol} is a ${option.assetClass} instrument, not an option`);
  if (!underlying) throw badInput('input.underlyingSymbol', `unknown instrument ${quoteInput(input.underlyingSymbol)}`);
  if (underlying.assetClass === 'option') throw badInput('input.underlyingSymbol', `${input.underlyingSymbol} is itself an option`);
  const { rows: inserted } = await pool.query<{ expiry: Date }>(
    `INSERT INTO collateral.option_contract (instrument_id, underlying_id, option_right, strike, expiry) VALUES ($1, $2, $3, $4::numeric, $5::date)
     ON CONFLICT (instrument_id) DO NOTHING RETURNING expiry`,
    [option.id, underlying.id, right.toLowerCase(), strike, input.expiry.toISOString().slice(0, 10)],
  );
  if (inserted.length === 0) throw badInput('input.symbol', `${input.symbol} already has contract terms`);
  return { instrumentId: option.id, underlyingId: underlying.id, right, strike: input.strike, expiry: inserted[0]!.expiry };
}
