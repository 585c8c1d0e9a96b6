import type { MutationResolvers } from '../__generated__/resolvers.ts';
import { addOwnership } from '../service/addOwnership.ts';
import { createEntity } from '../service/createEntity.ts';
import { createGoal } from '../service/createGoal.ts';
import { createPortfolio } from '../service/createPortfolio.ts';
import { proposeRebalance } from '../service/proposeRebalance.ts';
import { recordCash } from '../service/recordCash.ts';
import { recordTrades } from '../service/recordTrades.ts';
import type { EntityKind } from '../service/types.ts';

export const Mutation: MutationResolvers = {
  createEntity: (_parent, { input }, ctx) => createEntity(ctx.pool, { kind: input.kind.toLowerCase() as EntityKind, name: input.name }),
  addOwnership: (_parent, { input }, ctx) => addOwnership(ctx.pool, input),
  createPortfolio: (_parent, { input }, ctx) => createPortfolio(ctx.pool, input),
  recordTrades: (_parent, { input }, ctx) => recordTrades(ctx.pool, input, { now: new Date(ctx.clock.now()) }),
  depositCash: (_parent, { input }, ctx) => recordCash(ctx.pool, { ...input, kind: 'deposit', clock: ctx.clock }),
  withdrawCash: (_parent, { input }, ctx) => recordCash(ctx.pool, { ...input, kind: 'withdrawal', clock: ctx.clock }),
  createGoal: (_parent, { input }, ctx) => createGoal(ctx.pool, input),
  proposeRebalance: (_parent, { portfolioId, targets, execute }, ctx) =>
    proposeRebalance(ctx.pool, { portfolioId, targets, execute: execute ?? false, clock: ctx.clock }),
};
