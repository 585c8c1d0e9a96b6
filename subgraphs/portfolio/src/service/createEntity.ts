import type pg from 'pg';
import { parseName } from '@nautilus/runtime';
import { ENTITY_COLUMNS, type EntityKind, type EntityRow } from './types.ts';

export interface CreateEntityInput {
  kind: EntityKind;
  name: string;
}

/**
 * Creates a person, trust, company or foundation.
 * @throws BAD_USER_INPUT `input.name` when blank, over 200 characters or holding control characters.
 */
export async function createEntity(pool: pg.Pool, { kind, name }: CreateEntityInput): Promise<EntityRow> {
  const trimmed = parseName(name, 'input.name');
  const { rows } = await pool.query<EntityRow>(`INSERT INTO portfolio.entity (kind, name) VALUES ($1, $2) RETURNING ${ENTITY_COLUMNS}`, [kind, trimmed]);
  return rows[0]!;
}
