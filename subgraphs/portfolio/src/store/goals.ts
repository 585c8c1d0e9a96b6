import type pg from 'pg';
import { prismaOf, type Goal } from '@nautilus/db';
import type { GoalRow } from '../service/types.ts';
import { GOAL_COLUMNS } from './columns.ts';

/**
 * The `portfolio.goal` and `portfolio.goal_portfolio` tables. Reads go through the Prisma client;
 * a goal and its links are written by SQL on the caller's transaction (after its checks).
 */

const select = { id: true, entityId: true, name: true, targetAmount: true, targetDate: true, priority: true } as const;
const toRow = (goal: Pick<Goal, keyof typeof select>): GoalRow => ({ ...goal, targetAmount: Number(goal.targetAmount) });

/** Goals by id (the per-request loader). */
export async function findGoalsByIds(pool: pg.Pool, ids: readonly number[]): Promise<GoalRow[]> {
  return (await prismaOf(pool).goal.findMany({ where: { id: { in: [...ids] } }, select })).map(toRow);
}

/** The goals of some entities, by priority then id (the per-request loader). */
export async function findGoalsOfEntities(pool: pg.Pool, entityIds: readonly number[]): Promise<GoalRow[]> {
  return (await prismaOf(pool).goal.findMany({ where: { entityId: { in: [...entityIds] } }, orderBy: [{ priority: 'asc' }, { id: 'asc' }], select })).map(toRow);
}

/** The portfolios linked to some goals, by portfolio id (the per-request loader). */
export async function findGoalLinks(pool: pg.Pool, goalIds: readonly number[]): Promise<Array<{ goalId: number; portfolioId: number }>> {
  return prismaOf(pool).goalPortfolio.findMany({ where: { goalId: { in: [...goalIds] } }, orderBy: { portfolioId: 'asc' }, select: { goalId: true, portfolioId: true } });
}

/** Writes a goal and links it to portfolios, on the caller's transaction. */
export async function insertGoal(
  client: pg.PoolClient,
  goal: { entityId: number; name: string; targetAmount: string; targetDate: Date; priority: number; portfolioIds: readonly number[] },
): Promise<GoalRow> {
  const { rows } = await client.query<GoalRow>(
    `INSERT INTO portfolio.goal (entity_id, name, target_amount, target_date, priority) VALUES ($1, $2, $3::numeric, $4, $5) RETURNING ${GOAL_COLUMNS}`,
    [goal.entityId, goal.name, goal.targetAmount, goal.targetDate, goal.priority],
  );
  const row = rows[0]!;
  await client.query('INSERT INTO portfolio.goal_portfolio (goal_id, portfolio_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [row.id, [...goal.portfolioIds]]);
  return row;
}
