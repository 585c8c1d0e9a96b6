import { groupByKey } from '@nautilus/runtime';
import DataLoader from 'dataloader';
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
  const byId = <T extends { id: number }>(name: keyof PortfolioLoaders, sql: string) =>
    new DataLoader<number, T | null>(async (ids) => {
      onBatch?.(name, ids);
      const { rows } = await pool.query<T>(sql, [ids]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const ownerships = (name: keyof PortfolioLoaders, column: 'owner_id' | 'owned_id') =>
    new DataLoader<number, OwnershipRow[]>(async (ids) => {
      onBatch?.(name, ids);
      const { rows } = await pool.query<OwnershipRow>(
        `SELECT owner_id AS "ownerId", owned_id AS "ownedId", percentage::float8 AS percentage FROM ownership
          WHERE ${column} = ANY($1::int[]) ORDER BY owner_id, owned_id`,
        [ids],
      );
      return groupByKey(ids, rows, (r) => (column === 'owner_id' ? r.ownerId : r.ownedId));
    });
  return {
    portfolioById: byId<PortfolioRow>('portfolioById', `SELECT ${PORTFOLIO_COLUMNS} FROM portfolio WHERE id = ANY($1::int[])`),
    entityById: byId<EntityRow>('entityById', `SELECT ${ENTITY_COLUMNS} FROM entity WHERE id = ANY($1::int[])`),
    goalById: byId<GoalRow>('goalById', `SELECT ${GOAL_COLUMNS} FROM goal WHERE id = ANY($1::int[])`),
    positionsByPortfolio: new DataLoader(async (ids) => {
      onBatch?.('positionsByPortfolio', ids);
      const { rows } = await pool.query<PositionRow>(
        `SELECT ${POSITION_COLUMNS} FROM portfolio_position WHERE portfolio_id = ANY($1::int[]) ORDER BY portfolio_id, symbol`,
        [ids],
      );
      return groupByKey(ids, rows, (r) => r.portfolioId);
    }),
    positionById: new DataLoader(async (keys) => {
      onBatch?.('positionById', keys);
      const pairs = keys.map((k) => /^(\d{1,9}):(\d{1,9})$/.exec(k));
      const { rows } = await pool.query<PositionRow>(
        `SELECT ${POSITION_COLUMNS} FROM portfolio_position
          WHERE (portfolio_id, instrument_id) IN (SELECT * FROM unnest($1::int[], $2::int[]))`,
        [pairs.map((m) => (m ? Number(m[1]) : -1)), pairs.map((m) => (m ? Number(m[2]) : -1))],
      );
      const found = new Map(rows.map((r) => [`${r.portfolioId}:${r.instrumentId}`, r]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    cashByPortfolio: new DataLoader(async (ids) => {
      onBatch?.('cashByPortfolio', ids);
      const { rows } = await pool.query<{ id: number; balance: number }>(
        'SELECT portfolio_id AS id, balance::float8 AS balance FROM portfolio_cash WHERE portfolio_id = ANY($1::int[])',
        [ids],
      );
      const found = new Map(rows.map((r) => [r.id, r.balance]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    portfoliosByEntity: new DataLoader(async (ids) => {
      onBatch?.('portfoliosByEntity', ids);
      const { rows } = await pool.query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio WHERE entity_id = ANY($1::int[]) ORDER BY id`, [ids]);
      return groupByKey(ids, rows, (r) => r.entityId);
    }),
    goalsByEntity: new DataLoader(async (ids) => {
      onBatch?.('goalsByEntity', ids);
      const { rows } = await pool.query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM goal WHERE entity_id = ANY($1::int[]) ORDER BY priority, id`, [ids]);
      return groupByKey(ids, rows, (r) => r.entityId);
    }),
    ownershipsByOwner: ownerships('ownershipsByOwner', 'owner_id'),
    ownershipsByOwned: ownerships('ownershipsByOwned', 'owned_id'),
    portfolioIdsByGoal: new DataLoader(async (ids) => {
      onBatch?.('portfolioIdsByGoal', ids);
      const { rows } = await pool.query<{ goalId: number; portfolioId: number }>(
        'SELECT goal_id AS "goalId", portfolio_id AS "portfolioId" FROM goal_portfolio WHERE goal_id = ANY($1::int[]) ORDER BY portfolio_id',
        [ids],
      );
      return groupByKey(ids, rows, (r) => r.goalId).map((list) => list.map((r) => r.portfolioId));
    }),
  };
}
