import type pg from 'pg';
import { badInput, parseId, parseName, quoteInput } from '@nautilus/runtime';
import { parseDecimal } from '../domain/parseDecimal.ts';
import { withTransaction } from '@nautilus/db';
import { GOAL_COLUMNS, type GoalRow } from './types.ts';

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
    const { rows: entity } = await client.query('SELECT 1 FROM portfolio.entity WHERE id = $1', [entityId]);
    if (entity.length === 0) throw badInput('input.entityId', `unknown entity ${quoteInput(input.entityId)}`);
    const { rows: found } = await client.query<{ id: number }>('SELECT id FROM portfolio.portfolio WHERE id = ANY($1::int[])', [portfolioIds]);
    const known = new Set(found.map((r) => r.id));
    portfolioIds.forEach((id, i) => {
      if (!known.has(id)) throw badInput(`input.portfolioIds[${i}]`, `unknown portfolio ${quoteInput(input.portfolioIds[i])}`);
    });
    const { rows } = await client.query<GoalRow>(
      `INSERT INTO portfolio.goal (entity_id, name, target_amount, target_date, priority) VALUES ($1, $2, $3::numeric, $4, $5) RETURNING ${GOAL_COLUMNS}`,
      [entityId, name, target, input.targetDate, priority],
    );
    const goal = rows[0]!;
    await client.query('INSERT INTO portfolio.goal_portfolio (goal_id, portfolio_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [goal.id, portfolioIds]);
    return goal;
  });
}
