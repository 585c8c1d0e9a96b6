import type pg from 'pg';
import type { ConsolidatedPositionRow, PortfolioShareRow } from './types.ts';

export interface ConsolidatedHoldings {
  portfolios: PortfolioShareRow[];
  positions: ConsolidatedPositionRow[];
  cash: number;
}

/**
 * Look-through holdings of an entity. Its effective share of a portfolio is
 * Σ over ownership paths entity → … → portfolio owner of Π percentage/100
 * (a trust owning 60% of a company that owns a portfolio has share 0.6; two
 * paths add). Computed in exact numeric by a recursive CTE, which terminates
 * because addOwnership keeps the graph acyclic. Positions and cash are scaled
 * by the share and summed per instrument; closed positions are left out.
 */
export async function findConsolidated(pool: pg.Pool, entityId: number): Promise<ConsolidatedHoldings> {
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
