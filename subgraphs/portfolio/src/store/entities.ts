import type pg from 'pg';
import { prismaOf } from '@nautilus/db';
import type { EntityKind, EntityRow } from '../service/types.ts';
import { ENTITY_COLUMNS } from './columns.ts';

/**
 * The `portfolio.entity` table: reads and the insert through the Prisma client; the existence
 * check and the insert inside a caller's transaction are SQL on its client.
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

/** Creates an entity on the caller's client (inside its transaction: the seed). */
export async function insertEntityWith(client: pg.PoolClient, entity: { kind: EntityKind; name: string }): Promise<EntityRow> {
  const { rows } = await client.query<EntityRow>(`INSERT INTO portfolio.entity (kind, name) VALUES ($1, $2) RETURNING ${ENTITY_COLUMNS}`, [entity.kind, entity.name]);
  return rows[0]!;
}

/** Which of these entity ids exist (on the caller's client, inside its transaction if any). */
export async function findExistingEntityIds(client: pg.Pool | pg.PoolClient, ids: readonly number[]): Promise<Set<number>> {
  const { rows } = await client.query<{ id: number }>('SELECT id FROM portfolio.entity WHERE id = ANY($1::int[])', [[...ids]]);
  return new Set(rows.map((r) => r.id));
}
