import type pg from 'pg';
import { badInput, parseId, parseName, parseOptionalText, parseText, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { PORTFOLIO_COLUMNS, type PortfolioRow } from './types.ts';

export interface CreatePortfolioInput {
  entityId: string;
  name: string;
  baseCurrency?: string | null;
  benchmarkSymbol?: string | null;
  strategy?: string | null;
  allowShort?: boolean | null;
}

/**
 * Creates an empty portfolio owned by an entity.
 * @throws BAD_USER_INPUT naming the field: unknown entity, blank or duplicate
 *   name (per entity), a currency that is not 3 letters, an unknown benchmark symbol,
 *   text with control characters or over its length (name and strategy 200, symbol 32).
 */
export async function createPortfolio(pool: pg.Pool, input: CreatePortfolioInput): Promise<PortfolioRow> {
  const entityId = parseId(input.entityId, 'input.entityId');
  const name = parseName(input.name, 'input.name');
  const strategy = parseOptionalText(input.strategy, 'input.strategy');
  if (input.benchmarkSymbol) parseText(input.benchmarkSymbol, 'input.benchmarkSymbol', 'symbol');
  const currency = input.baseCurrency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('input.baseCurrency', `must be an ISO 4217 code like USD, got ${quoteInput(currency)}`);
  const { rows: entity } = await pool.query('SELECT 1 FROM portfolio.entity WHERE id = $1', [entityId]);
  if (entity.length === 0) throw badInput('input.entityId', `unknown entity ${quoteInput(input.entityId)}`);
  if (input.benchmarkSymbol) {
    const found = await findInstrumentsBySymbol(pool, [input.benchmarkSymbol]);
    if (found.size === 0) throw badInput('input.benchmarkSymbol', `unknown instrument ${quoteInput(input.benchmarkSymbol)}`);
  }
  const { rows } = await pool.query<PortfolioRow>(
    `INSERT INTO portfolio.portfolio (entity_id, name, base_currency, benchmark_symbol, strategy, allow_short)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT portfolio_name_per_entity DO NOTHING
     RETURNING ${PORTFOLIO_COLUMNS}`,
    [entityId, name, currency, input.benchmarkSymbol ?? null, strategy, input.allowShort ?? false],
  );
  if (rows.length === 0) throw badInput('input.name', `entity ${entityId} already has a portfolio named ${quoteInput(name)}`);
  return rows[0]!;
}
