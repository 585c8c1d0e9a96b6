import type pg from 'pg';
import { badInput, parseId } from '@nautilus/runtime';
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
 *   name (per entity), a currency that is not 3 letters, an unknown benchmark symbol.
 */
export async function createPortfolio(pool: pg.Pool, input: CreatePortfolioInput): Promise<PortfolioRow> {
  const entityId = parseId(input.entityId, 'input.entityId');
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('input.name', `must be 1 to 200 characters, got ${JSON.stringify(input.name)}`);
  const currency = input.baseCurrency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('input.baseCurrency', `must be an ISO 4217 code like USD, got ${JSON.stringify(currency)}`);
  const { rows: entity } = await pool.query('SELECT 1 FROM portfolio.entity WHERE id = $1', [entityId]);
  if (entity.length === 0) throw badInput('input.entityId', `unknown entity ${JSON.stringify(input.entityId)}`);
  if (input.benchmarkSymbol) {
    const found = await findInstrumentsBySymbol(pool, [input.benchmarkSymbol]);
    if (found.size === 0) throw badInput('input.benchmarkSymbol', `unknown instrument ${JSON.stringify(input.benchmarkSymbol)}`);
  }
  const { rows } = await pool.query<PortfolioRow>(
    `INSERT INTO portfolio.portfolio (entity_id, name, base_currency, benchmark_symbol, strategy, allow_short)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT portfolio_name_per_entity DO NOTHING
     RETURNING ${PORTFOLIO_COLUMNS}`,
    [entityId, name, currency, input.benchmarkSymbol ?? null, input.strategy ?? null, input.allowShort ?? false],
  );
  if (rows.length === 0) throw badInput('input.name', `entity ${entityId} already has a portfolio named ${JSON.stringify(name)}`);
  return rows[0]!;
}
