import { createBatchLoaders } from '@nautilus/runtime';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import { findEntitiesByIds } from './store/entities.ts';
import { findGoalLinks, findGoalsByIds, findGoalsOfEntities } from './store/goals.ts';
import { findOwnerships } from './store/ownerships.ts';
import { findPortfoliosByIds, findPortfoliosOfEntities } from './store/portfolios.ts';
import { findCashBalances, findPositionsByKeys, findPositionsOfPortfolios } from './store/positions.ts';
import type {
  EntityRow,
  GoalRow,
  OwnershipRow,
  PortfolioRow,
  PositionRow,
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
  return {
    portfolioById: batch.byKey('portfolioById', { load: (ids) => findPortfoliosByIds(pool, ids), key: (r) => r.id }),
    entityById: batch.byKey('entityById', { load: (ids) => findEntitiesByIds(pool, ids), key: (r) => r.id }),
    goalById: batch.byKey('goalById', { load: (ids) => findGoalsByIds(pool, ids), key: (r) => r.id }),
    positionsByPortfolio: batch.groupsByKey('positionsByPortfolio', { load: (ids) => findPositionsOfPortfolios(pool, ids), key: (r) => r.portfolioId }),
    positionById: batch.byKey('positionById', {
      load: (keys) =>
        findPositionsByKeys(
          pool,
          keys.map((k) => {
            const m = /^(\d{1,9}):(\d{1,9})$/.exec(k);
            return m ? { portfolioId: Number(m[1]), instrumentId: Number(m[2]) } : { portfolioId: -1, instrumentId: -1 };
          }),
        ),
      key: (r) => `${r.portfolioId}:${r.instrumentId}`,
    }),
    cashByPortfolio: batch.byKey('cashByPortfolio', {
      load: (ids) => findCashBalances(pool, ids),
      key: (r) => r.portfolioId,
      value: (r) => r.balance,
      missing: 0,
    }),
    portfoliosByEntity: batch.groupsByKey('portfoliosByEntity', { load: (ids) => findPortfoliosOfEntities(pool, ids), key: (r) => r.entityId }),
    goalsByEntity: batch.groupsByKey('goalsByEntity', { load: (ids) => findGoalsOfEntities(pool, ids), key: (r) => r.entityId }),
    ownershipsByOwner: batch.groupsByKey('ownershipsByOwner', { load: (ids) => findOwnerships(pool, 'owner', ids), key: (r) => r.ownerId }),
    ownershipsByOwned: batch.groupsByKey('ownershipsByOwned', { load: (ids) => findOwnerships(pool, 'owned', ids), key: (r) => r.ownedId }),
    portfolioIdsByGoal: batch.groupsByKey('portfolioIdsByGoal', {
      load: (ids) => findGoalLinks(pool, ids),
      key: (r) => r.goalId,
      value: (r) => r.portfolioId,
    }),
  };
}
