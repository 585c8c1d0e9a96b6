import type pg from 'pg';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { withTransaction } from '@nautilus/db';
import type { OwnershipRow } from './types.ts';

export interface AddOwnershipInput {
  ownerId: string;
  ownedId: string;
  percentage: number;
}

/** Arbitrary constant: ownership edits are serialised so two can't close a cycle together. */
const OWNERSHIP_LOCK_KEY = 727_465_103;

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
    await client.query('SELECT pg_advisory_xact_lock($1)', [OWNERSHIP_LOCK_KEY]);
    const { rows: found } = await client.query<{ id: number }>('SELECT id FROM portfolio.entity WHERE id = ANY($1::int[])', [[ownerId, ownedId]]);
    const known = new Set(found.map((r) => r.id));
    if (!known.has(ownerId)) throw badInput('input.ownerId', `unknown entity ${quoteInput(input.ownerId)}`);
    if (!known.has(ownedId)) throw badInput('input.ownedId', `unknown entity ${quoteInput(input.ownedId)}`);
    const { rows: cycle } = await client.query<{ found: boolean }>(
      `WITH RECURSIVE below(id) AS (
         SELECT $1::int
         UNION
         SELECT o.owned_id FROM portfolio.ownership o JOIN below b ON o.owner_id = b.id
       )
       SELECT EXISTS (SELECT 1 FROM below WHERE id = $2) AS found`,
      [ownedId, ownerId],
    );
    if (cycle[0]!.found) throw badInput('input.ownedId', `entity ${ownedId} already owns entity ${ownerId} directly or indirectly; ownership cannot form a cycle`);
    const { rows: existing } = await client.query<{ total: string | null; mine: boolean }>(
      'SELECT sum(percentage)::text AS total, bool_or(owner_id = $2) AS mine FROM portfolio.ownership WHERE owned_id = $1',
      [ownedId, ownerId],
    );
    if (existing[0]?.mine) throw badInput('input.ownerId', `entity ${ownerId} already has a stake in entity ${ownedId}`);
    const { rows: over } = await client.query<{ over: boolean; total: string }>(
      'SELECT (coalesce($1::numeric, 0) + $2::numeric) > 100 AS over, (coalesce($1::numeric, 0))::text AS total',
      [existing[0]?.total ?? null, String(percentage)],
    );
    if (over[0]!.over) throw badInput('input.percentage', `owners of entity ${ownedId} already hold ${Number(over[0]!.total)}%; ${percentage}% more would exceed 100%`);
    const { rows } = await client.query<OwnershipRow>(
      `INSERT INTO portfolio.ownership (owner_id, owned_id, percentage) VALUES ($1, $2, $3::numeric)
       RETURNING owner_id AS "ownerId", owned_id AS "ownedId", percentage::float8 AS percentage`,
      [ownerId, ownedId, String(percentage)],
    );
    return rows[0]!;
  });
}
