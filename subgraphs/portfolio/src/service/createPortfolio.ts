import type pg from 'pg';
import { badInput, parseId, parseName, parseOptionalText, parseText, quoteInput } from '@nautilus/runtime';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { findExistingEntityIds } from '../store/entities.ts';
import { insertPortfolio } from '../store/portfolios.ts';
import type { PortfolioRow } from './types.ts';

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
  if (!(await findExistingEntityIds(pool, [entityId])).has(entityId)) throw badInput('input.entityId', `unknown entity ${quoteInput(input.entityId)}`);
  if (input.benchmarkSymbol) {
    const found = await findInstrumentsBySymbol(pool, [input.benchmarkSymbol]);
    if (found.size === 0) throw badInput('input.benchmarkSymbol', `unknown instrument ${quoteInput(input.benchmarkSymbol)}`);
  }
  const created = await insertPortfolio(pool, {
    entityId,
    name,
    baseCurrency: currency,
    benchmarkSymbol: input.benchmarkSymbol ?? null,
    strategy,
    allowShort: input.allowShort ?? false,
  });
  if (!created) throw badInput('input.name', `entity ${entityId} already has a portfolio named ${quoteInput(name)}`);
  return created;
}
