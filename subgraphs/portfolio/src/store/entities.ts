import type pg from 'pg';
import { prismaOf } from '@nautilus/db';
import type { EntityKind, EntityRow } from '../service/types.ts';

/**
 * The `portfolio.entity` table: reads and the insert through the Prisma client; the existence
 * check inside a caller's transaction is SQL on its client.
 */

const select = { id: true, kind: true, name: true } as const;
const toRow = (entity: { id: number; kind: string; name: string }): EntityRow => ({ ...entity, kind: entity.kind as EntityKind });

/** Entities by id (the per-request loader). */
export async function findEntitiesByIds(pool: pg.Pool, ids: readonly number[]): Promise<EntityRow[]> {
  return (await prismaOf(pool).entity.findMany({ where: { id: { in: [...ids] } }, select })).map(toRow);
}

/** Every entity, by id. */
export async function findAllEntities(pool: pg.Pool): Promise<EntityRow[]> {
  return (await prismaOf(pool).entity.findMany({ orderBy: { id: 'asc' }, select })).map(toRow);
}

/** Creates an entity. */
export async function insertEntity(pool: pg.Pool, entity: { kind: EntityKind; name: string }): Promise<EntityRow> {
  return toRow(await prismaOf(pool).entity.create({ data: entity, select }));
}

/** Which of these entity ids exist (on the caller's client, inside its transaction if any). */
export async function findExistingEntityIds(client: pg.Pool | pg.PoolClient, ids: readonly number[]): Promise<Set<number>> {
  const { rows } = await client.query<{ id: number }>('SELECT id FROM portfolio.entity WHERE id = ANY($1::int[])', [[...ids]]);
  return new Set(rows.map((r) => r.id));
}
