import { tryParseId } from '@nautilus/runtime';
import type { EntityResolvers } from '../__generated__/resolvers.ts';
import type { PortfolioContext } from '../context.ts';
import { findConsolidated } from '../service/findConsolidated.ts';
import type { EntityRow, PortfolioRow } from '../service/types.ts';

/** Loads an entity a row refers to; a miss is a broken foreign key, i.e. a bug. */
export async function getEntity(ctx: PortfolioContext, id: number): Promise<EntityRow> {
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new Error(`missing entity ${id}`);
  return entity;
}

/** Loads the portfolio a row refers to; a miss is a broken foreign key, i.e. a bug. */
export async function getPortfolio(ctx: PortfolioContext, id: number): Promise<PortfolioRow> {
  const portfolio = await ctx.loaders.portfolioById.load(id);
  if (!portfolio) throw new Error(`missing portfolio ${id}`);
  return portfolio;
}

export const Entity: EntityResolvers = {
  __resolveReference: (reference, ctx) => {
    const id = tryParseId(reference.id);
    return id === null ? null : ctx.loaders.entityById.load(id);
  },
  id: (entity) => String(entity.id),
  kind: (entity) => entity.kind.toUpperCase() as never,
  portfolios: (entity, _args, ctx) => ctx.loaders.portfoliosByEntity.load(entity.id),
  owns: (entity, _args, ctx) => ctx.loaders.ownershipsByOwner.load(entity.id),
  ownedBy: (entity, _args, ctx) => ctx.loaders.ownershipsByOwned.load(entity.id),
  consolidated: (entity, _args, ctx) => findConsolidated(ctx.pool, entity.id),
  goals: (entity, _args, ctx) => ctx.loaders.goalsByEntity.load(entity.id),
};
