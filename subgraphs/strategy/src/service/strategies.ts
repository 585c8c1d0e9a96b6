import { withTransaction } from '@nautilus/db';
import { badInput, notFound, parseId, parseName, quoteInput } from '@nautilus/runtime';
import { findPortfolioOwners } from '@nautilus/portfolio/reads';
import type pg from 'pg';
import { STRATEGY_KINDS, validateStrategyParams, type StrategyKindSpec } from '../domain/index.ts';
import { findStrategies, insertStrategy, lockStrategy, updateStrategy as writeStrategy, type StrategyPatch } from '../store/strategies.ts';
import { resolveSymbols } from './resolveSymbols.ts';
import type { StrategyRow, StrategyStatusName } from './types.ts';

export interface CreateStrategyInput {
  name: string;
  kind: string;
  parameters?: unknown;
  universe: readonly string[];
  portfolioId?: string | null;
  status?: StrategyStatusName | null;
  autoTrade?: boolean | null;
}

export interface UpdateStrategyInput {
  id: string;
  name?: string | null;
  parameters?: unknown;
  universe?: readonly string[] | null;
  portfolioId?: string | null;
  autoTrade?: boolean | null;
}

/** The built-in kinds in the domain's order. */
export function listStrategyKinds(): StrategyKindSpec[] {
  return Object.values(STRATEGY_KINDS);
}

/**
 * Checks a kind's parameters against its universe with the domain's validator.
 * @throws BAD_USER_INPUT naming the field: `input.kind`, `input.parameters.<name>`, `input.universe`.
 */
export function checkParameters(kind: unknown, parameters: unknown, universe: readonly string[], prefix = 'input', symbolsField = 'universe'): Record<string, number> {
  const result = validateStrategyParams(kind, parameters, { symbols: universe, fieldPrefix: `${prefix}.parameters` });
  if (!result.ok) {
    const field = result.field === 'kind' ? `${prefix}.kind` : result.field === 'symbols' ? `${prefix}.${symbolsField}` : result.field.startsWith(`${prefix}.`) ? result.field : `${prefix}.${result.field}`;
    throw badInput(field, result.message);
  }
  return result.params;
}

async function checkPortfolio(db: pg.PoolClient, portfolioId: string, field: string): Promise<number> {
  const id = parseId(portfolioId, field);
  const found = await findPortfolioOwners(db, [id]);
  if (!found.has(id)) throw badInput(field, `unknown portfolio ${quoteInput(portfolioId)}`);
  return id;
}

/** Validates and stores a strategy (nothing is written when any field is bad). */
export async function createStrategy(pool: pg.Pool, input: CreateStrategyInput, now: Date): Promise<StrategyRow> {
  const name = parseName(input.name, 'input.name');
  if (typeof input.kind !== 'string' || !(input.kind in STRATEGY_KINDS)) {
    throw badInput('input.kind', `unknown strategy kind ${quoteInput(input.kind)}; expected one of ${Object.keys(STRATEGY_KINDS).join(', ')}`);
  }
  return withTransaction(pool, async (client) => {
    const instruments = await resolveSymbols(client, input.universe, 'input.universe');
    const universe = instruments.map((i) => i.symbol);
    const parameters = checkParameters(input.kind, input.parameters, universe);
    const portfolioId = input.portfolioId == null ? null : await checkPortfolio(client, input.portfolioId, 'input.portfolioId');
    const status = (input.status ?? 'PAUSED') === 'ACTIVE' ? 'active' : 'paused';
    if (status === 'active' && portfolioId === null && input.autoTrade) throw badInput('input.autoTrade', 'needs a portfolio to trade (input.portfolioId)');
    return insertStrategy(client, { name, kind: input.kind, parameters, universe, portfolioId, status, autoTrade: input.autoTrade ?? false, now });
  });
}

/** Changes what is given; parameters are re-validated against the (new) universe. */
export async function updateStrategy(pool: pg.Pool, input: UpdateStrategyInput, now: Date): Promise<StrategyRow> {
  const id = parseId(input.id, 'input.id');
  return withTransaction(pool, async (client) => {
    const current = await lockStrategy(client, id);
    if (!current) throw notFound('Strategy', input.id, 'input.id');
    const patch: StrategyPatch = {};
    if (input.name != null) patch.name = parseName(input.name, 'input.name');
    let universe = current.universe;
    if (input.universe != null) {
      universe = (await resolveSymbols(client, input.universe, 'input.universe')).map((i) => i.symbol);
      patch.universe = universe;
    }
    if (input.parameters !== undefined || input.universe != null) {
      patch.parameters = checkParameters(current.kind, input.parameters === undefined ? current.parameters : input.parameters, universe);
    }
    if (input.portfolioId !== undefined) patch.portfolioId = input.portfolioId === null ? null : await checkPortfolio(client, input.portfolioId, 'input.portfolioId');
    if (input.autoTrade != null) patch.autoTrade = input.autoTrade;
    const portfolioId = patch.portfolioId !== undefined ? patch.portfolioId : current.portfolioId;
    if ((patch.autoTrade ?? current.autoTrade) && portfolioId === null) throw badInput('input.autoTrade', 'needs a portfolio to trade (input.portfolioId)');
    return writeStrategy(client, id, patch, now);
  });
}

export async function setStrategyStatus(pool: pg.Pool, idText: string, status: StrategyStatusName, now: Date): Promise<StrategyRow> {
  const id = parseId(idText, 'id');
  return withTransaction(pool, async (client) => {
    const current = await lockStrategy(client, id);
    if (!current) throw notFound('Strategy', idText, 'id');
    if (current.status === status) return current;
    return writeStrategy(client, id, { status: status === 'ACTIVE' ? 'active' : 'paused' }, now);
  });
}

export async function listStrategies(pool: pg.Pool, args: { status: StrategyStatusName | null; portfolioId: string | null }): Promise<StrategyRow[]> {
  return findStrategies(pool, {
    status: args.status === null ? null : args.status === 'ACTIVE' ? 'active' : 'paused',
    portfolioId: args.portfolioId === null ? null : parseId(args.portfolioId, 'portfolioId'),
  });
}
