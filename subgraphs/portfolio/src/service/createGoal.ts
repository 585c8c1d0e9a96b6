import type pg from 'pg';
import { badInput, parseId, parseName, quoteInput } from '@nautilus/runtime';
import { parseDecimal } from '../domain/parseDecimal.ts';
import { withTransaction } from '@nautilus/db';
import { findExistingEntityIds } from '../store/entities.ts';
import { insertGoal } from '../store/goals.ts';
import { findExistingPortfolioIds } from '../store/portfolios.ts';
import type { GoalRow } from './types.ts';

export interface CreateGoalInput {
  entityId: string;
  name: string;
  targetAmount: number;
  targetDate: Date;
  priority?: number | null;
  portfolioIds: readonly string[];
}

/**
 * Creates a goal of an entity funded by some of its portfolios (any
 * portfolio may be linked; typically ones the entity looks through to).
 * @throws BAD_USER_INPUT naming the field: unknown entity or portfolio, blank
 *   name (or one over 200 characters or with control characters), non-positive target, priority below 1, no portfolios.
 */
export async function createGoal(pool: pg.Pool, input: CreateGoalInput): Promise<GoalRow> {
  const entityId = parseId(input.entityId, 'input.entityId');
  const name = parseName(input.name, 'input.name');
  const target = parseDecimal(input.targetAmount, { field: 'input.targetAmount', sign: 'positive' });
  const priority = input.priority ?? 1;
  if (!Number.isInteger(priority) || priority < 1) throw badInput('input.priority', `must be an integer ≥ 1, got ${priority}`);
  if (input.portfolioIds.length === 0) throw badInput('input.portfolioIds', 'must link at least one portfolio');
  const portfolioIds = input.portfolioIds.map((id, i) => parseId(id, `input.portfolioIds[${i}]`));
  return withTransaction(pool, async (client) => {
    if (!(await findExistingEntityIds(client, [entityId])).has(entityId)) throw badInput('input.entityId', `unknown entity ${quoteInput(input.entityId)}`);
    const known = await findExistingPortfolioIds(client, portfolioIds);
    portfolioIds.forEach((id, i) => {
      if (!known.has(id)) throw badInput(`input.portfolioIds[${i}]`, `unknown portfolio ${quoteInput(input.portfolioIds[i])}`);
    });
    return insertGoal(client, { entityId, name, targetAmount: target, targetDate: input.targetDate, priority, portfolioIds });
  });
}
