import type pg from 'pg';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { withTransaction } from '@nautilus/db';
import { findExistingEntityIds } from '../store/entities.ts';
import { checkStakes, insertOwnership, lockOwnershipGraph, reaches } from '../store/ownerships.ts';
import type { OwnershipRow } from './types.ts';

export interface AddOwnershipInput {
  ownerId: string;
  ownedId: string;
  percentage: number;
}

/**
 * Records that `owner` holds `percentage` % of `owned`. The ownership graph
 * must stay acyclic (look-through would otherwise never end: a cycle is
 * refused when `owner` is already reachable from `owned`) and the owners of
 * one entity may hold at most 100% together.
 * @throws BAD_USER_INPUT naming the field: unknown entity, percentage outside
 *   (0, 100], self-ownership, a cycle, an existing stake, or owners over 100%.
 */
export async function addOwnership(pool: pg.Pool, input: AddOwnershipInput): Promise<OwnershipRow> {
  const ownerId = parseId(input.ownerId, 'input.ownerId');
  const ownedId = parseId(input.ownedId, 'input.ownedId');
  const { percentage } = input;
  if (!Number.isFinite(percentage) || percentage <= 0 || percentage > 100) {
    throw badInput('input.percentage', `must be in (0, 100], got ${percentage}`);
  }
  if (Math.round(percentage * 1e6) / 1e6 !== percentage) throw badInput('input.percentage', `must have at most 6 decimal places, got ${percentage}`);
  if (ownerId === ownedId) throw badInput('input.ownedId', 'an entity cannot own itself');
  return withTransaction(pool, async (client) => {
    await lockOwnershipGraph(client);
    const known = await findExistingEntityIds(client, [ownerId, ownedId]);
    if (!known.has(ownerId)) throw badInput('input.ownerId', `unknown entity ${quoteInput(input.ownerId)}`);
    if (!known.has(ownedId)) throw badInput('input.ownedId', `unknown entity ${quoteInput(input.ownedId)}`);
    if (await reaches(client, ownedId, ownerId)) throw badInput('input.ownedId', `entity ${ownedId} already owns entity ${ownerId} directly or indirectly; ownership cannot form a cycle`);
    const stakes = await checkStakes(client, ownedId, ownerId, String(percentage));
    if (stakes.mine) throw badInput('input.ownerId', `entity ${ownerId} already has a stake in entity ${ownedId}`);
    if (stakes.over) throw badInput('input.percentage', `owners of entity ${ownedId} already hold ${Number(stakes.total)}%; ${percentage}% more would exceed 100%`);
    return insertOwnership(client, ownerId, ownedId, String(percentage));
  });
}
