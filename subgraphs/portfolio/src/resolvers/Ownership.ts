import type { OwnershipResolvers } from '../__generated__/resolvers.ts';
import { getEntity } from './Entity.ts';

export const Ownership: OwnershipResolvers = {
  owner: (ownership, _args, ctx) => getEntity(ctx, ownership.ownerId),
  owned: (ownership, _args, ctx) => getEntity(ctx, ownership.ownedId),
};
