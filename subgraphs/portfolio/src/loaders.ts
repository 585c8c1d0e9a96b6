import { createBatchLoaders } from '@nautilus/runtime';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import {
  ENTITY_COLUMNS,
  GOAL_COLUMNS,
  PORTFOLIO_COLUMNS,
  POSITION_COLUMNS,
  type EntityRow,
  type GoalRow,
  type OwnershipRow,
  type PortfolioRow,
  type PositionRow,
} from './service/types.ts';

/**
 * Per-request dataloaders (a new set for every request, so nothing is cached
 * across users or over time). Every entity reference and list-of-children
 * field goes through one of these: N portfolios cost one query, not N.
 */
export interface PortfolioLoaders {
  portfolioById: DataLoader<number, PortfolioRow | null>;
  entityById: DataLoader<number, EntityRow | null>;
  goalById: DataLoader<number, GoalRow | null>;
  /** Every position (open and closed) of a portfolio, by symbol. */
  positionsByPortfolio: DataLoader<number, PositionRow[]>;
  /** One position by `portfolioId:instrumentId` (Position entity references). */
  positionById: DataLoader<string, PositionRow | null>;
  cashByPortfolio: DataLoader<number, number>;
  portfoliosByEntity: DataLoader<number, PortfolioRow[]>;
  goalsByEntity: DataLoader<number, GoalRow[]>;
  ownershipsByOwner: DataLoader<number, OwnershipRow[]>;
  ownershipsByOwned: DataLoader<number, OwnershipRow[]>;
  portfolioIdsByGoal: DataLoader<number, number[]>;
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  /** Observes each batch (tests assert batching with it). */
  onBatch?: (loader: keyof PortfolioLoaders, keys: readonly unknown[]) => void;
}

export function createLoaders({ pool, onBatch }: CreateLoadersOptions): PortfolioLoaders {
  const batch = createBatchLoaders<PortfolioLoaders>({ onBatch });
  const query = <T extends pg.QueryResultRow>(sql: string) => async (keys: readonly unknown[]) => (await pool.query<T>(sql, [keys])).rows;
  const ownerships = (column: 'owner_id' | 'owned_id') =>
    query<OwnershipRow>(
      `SELECT owner_id AS "ownerId", owned_id AS "ownedId", percentage::float8 AS percentage FROM portfolio.ownership
        WHERE ${column} = ANY($1::int[]) ORDER BY owner_id, owned_id`,
    );
  return {
    portfolioById: batch.byKey('portfolioById', { load: query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio.portfolio WHERE id = ANY($1::int[])`), key: (r) => r.id }),
    entityById: batch.byKey('entityById', { load: query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM portfolio.entity WHERE id = ANY($1::int[])`), key: (r) => r.id }),
    goalById: batch.byKey('goalById', { load: query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM portfolio.goal WHERE id = ANY($1::int[])`), key: (r) => r.id }),
    positionsByPortfolio: batch.groupsByKey('positionsByPortfolio', {
      load: query<PositionRow>(`SELECT ${POSITION_COLUMNS} FROM portfolio.position WHERE portfolio_id = ANY($1::int[]) ORDER BY portfolio_id, symbol`),
      key: (r) => r.portfolioId,
    }),
    positionById: batch.byKey('positionById', {
      load: async (keys) => {
        const pairs = keys.map((k) => /^(\d{1,9}):(\d{1,9})$/.exec(k));
        const { rows } = await pool.query<PositionRow>(
          `SELECT ${POSITION_COLUMNS} FROM portfolio.position
            WHERE (portfolio_id, instrument_id) IN (SELECT * FROM unnest($1::int[], $2::int[]))`,
          [pairs.map((m) => (m ? Number(m[1]) : -1)), pairs.map((m) => (m ? Number(m[2]) : -1))],
        );
        return rows;
      },
      key: (r) => `${r.portfolioId}:${r.instrumentId}`,
    }),
    cashByPortfolio: batch.byKey('cashByPortfolio', {
      load: query<{ id: number; balance: number }>('SELECT portfolio_id AS id, balance::float8 AS balance FROM portfolio.cash WHERE portfolio_id = ANY($1::int[])'),
      key: (r) => r.id,
      value: (r) => r.balance,
      missing: 0,
    }),
    portfoliosByEntity: batch.groupsByKey('portfoliosByEntity', {
      load: query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio.portfolio WHERE entity_id = ANY($1::int[]) ORDER BY id`),
      key: (r) => r.entityId,
    }),
    goalsByEntity: batch.groupsByKey('goalsByEntity', {
      load: query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM portfolio.goal WHERE entity_id = ANY($1::int[]) ORDER BY priority, id`),
      key: (r) => r.entityId,
    }),
    ownershipsByOwner: batch.groupsByKey('ownershipsByOwner', { load: ownerships('owner_id'), key: (r) => r.ownerId }),
    ownershipsByOwned: batch.groupsByKey('ownershipsByOwned', { load: ownerships('owned_id'), key: (r) => r.ownedId }),
    portfolioIdsByGoal: batch.groupsByKey('portfolioIdsByGoal', {
      load: query<{ goalId: number; portfolioId: number }>(
        'SELECT goal_id AS "goalId", portfolio_id AS "portfolioId" FROM portfolio.goal_portfolio WHERE goal_id = ANY($1::int[]) ORDER BY portfolio_id',
      ),
      key: (r) => r.goalId,
      value: (r) => r.portfolioId,
    }),
  };
}
