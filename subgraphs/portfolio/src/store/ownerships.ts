import type pg from 'pg';
import { prismaOf } from '@nautilus/db';
import { lockForTransaction } from './locks.ts';
import type { ConsolidatedPositionRow, OwnershipRow, PortfolioShareRow } from '../service/types.ts';

/**
 * The `portfolio.ownership` graph. The per-request reads go through the Prisma client; the checks
 * of a new stake (advisory lock, reachability by a recursive CTE, sums in exact numeric) and the
 * look-through shares (a recursive CTE over every path) are SQL.
 */


/** The stakes held by (`owner`) or in (`owned`) some entities, by owner then owned id. */
export async function findOwnerships(pool: pg.Pool, side: 'owner' | 'owned', entityIds: readonly number[]): Promise<OwnershipRow[]> {
  const rows = await prismaOf(pool).ownership.findMany({
    where: side === 'owner' ? { ownerId: { in: [...entityIds] } } : { ownedId: { in: [...entityIds] } },
    orderBy: [{ ownerId: 'asc' }, { ownedId: 'asc' }],
    select: { ownerId: true, ownedId: true, percentage: true },
  });
  return rows.map((r) => ({ ...r, percentage: Number(r.percentage) }));
}

/** Serialises ownership edits until the caller's transaction ends. */
export async function lockOwnershipGraph(client: pg.PoolClient): Promise<void> {
  await lockForTransaction(client, 'ownership');
}

/** Whether `to` is `from` or is owned by it directly or through other entities. */
export async function reaches(client: pg.PoolClient, from: number, to: number): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `WITH RECURSIVE below(id) AS (
       SELECT $1::int
       UNION
       SELECT o.owned_id FROM portfolio.ownership o JOIN below b ON o.owner_id = b.id
     )
     SELECT EXISTS (SELECT 1 FROM below WHERE id = $2) AS found`,
    [from, to],
  );
  return rows[0]!.found;
}

/**
 * The stakes in `ownedId` before adding `percentage` (an exact decimal string) for `ownerId`:
 * whether `ownerId` already has one, the total held (exact text) and whether the new stake would
 * take it over 100%, computed in numeric.
 */
export async function checkStakes(client: pg.PoolClient, ownedId: number, ownerId: number, percentage: string): Promise<{ mine: boolean; total: string; over: boolean }> {
  const { rows } = await client.query<{ mine: boolean | null; total: string; over: boolean }>(
    `SELECT bool_or(owner_id = $2) AS mine, coalesce(sum(percentage), 0)::text AS total, (coalesce(sum(percentage), 0) + $3::numeric) > 100 AS over
       FROM portfolio.ownership WHERE owned_id = $1`,
    [ownedId, ownerId, percentage],
  );
  return { mine: rows[0]?.mine ?? false, total: rows[0]!.total, over: rows[0]!.over };
}

/** Writes a stake (percentage an exact decimal string). */
export async function insertOwnership(client: pg.PoolClient, ownerId: number, ownedId: number, percentage: string): Promise<OwnershipRow> {
  const { rows } = await client.query<OwnershipRow>(
    `INSERT INTO portfolio.ownership (owner_id, owned_id, percentage) VALUES ($1, $2, $3::numeric)
     RETURNING owner_id AS "ownerId", owned_id AS "ownedId", percentage::float8 AS percentage`,
    [ownerId, ownedId, percentage],
  );
  return rows[0]!;
}

export interface LookThroughHoldings {
  portfolios: PortfolioShareRow[];
  positions: ConsolidatedPositionRow[];
  cash: number;
}

/**
 * Look-through holdings of an entity. Its effective share of a portfolio is
 * Σ over ownership paths entity → … → portfolio owner of Π percentage/100
 * (a trust owning 60% of a company that owns a portfolio has share 0.6; two
 * paths add). Computed in exact numeric by a recursive CTE, which terminates
 * because the graph is kept acyclic. Positions and cash are scaled by the
 * share and summed per instrument; closed positions are left out.
 */
export async function findLookThroughHoldings(pool: pg.Pool, entityId: number): Promise<LookThroughHoldings> {
  const shares = `WITH RECURSIVE reach(entity_id, share) AS (
      SELECT $1::int, 1::numeric
      UNION ALL
      SELECT o.owned_id, r.share * o.percentage / 100 FROM reach r JOIN portfolio.ownership o ON o.owner_id = r.entity_id
    ), shares AS (
      SELECT p.id AS portfolio_id, sum(r.share) AS share FROM reach r JOIN portfolio.portfolio p ON p.entity_id = r.entity_id GROUP BY p.id
    )`;
  const [portfolios, positions, cash] = await Promise.all([
    pool.query<PortfolioShareRow>(`${shares} SELECT portfolio_id AS "portfolioId", share::float8 AS share FROM shares ORDER BY portfolio_id`, [entityId]),
    pool.query<ConsolidatedPositionRow>(
      `${shares}
       SELECT pp.instrument_id AS "instrumentId", pp.symbol,
              sum(s.share * pp.quantity)::float8 AS quantity, sum(s.share * pp.cost_basis)::float8 AS "costBasis"
         FROM shares s JOIN portfolio.position pp ON pp.portfolio_id = s.portfolio_id
        GROUP BY pp.instrument_id, pp.symbol
       HAVING sum(s.share * pp.quantity) <> 0
        ORDER BY pp.symbol`,
      [entityId],
    ),
    pool.query<{ cash: number }>(
      `${shares} SELECT coalesce(sum(s.share * c.balance), 0)::float8 AS cash FROM shares s JOIN portfolio.cash c ON c.portfolio_id = s.portfolio_id`,
      [entityId],
    ),
  ]);
  return { portfolios: portfolios.rows, positions: positions.rows, cash: cash.rows[0]?.cash ?? 0 };
}
