import type pg from 'pg';
import { badInput } from '@nautilus/runtime';
import { ENTITY_COLUMNS, type EntityKind, type EntityRow } from './types.ts';

export interface CreateEntityInput {
  kind: EntityKind;
  name: string;
}

/**
 * Creates a person, trust, company or foundation.
 * @throws BAD_USER_INPUT `input.name` when blank or over 200 characters.
 */
export async function createEntity(pool: pg.Pool, { kind, name }: CreateEntityInput): Promise<EntityRow> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200) throw badInput('input.name', `must be 1 to 200 characters, got ${JSON.stringify(name)}`);
  const { rows } = await pool.query<EntityRow>(`INSERT INTO portfolio.entity (kind, name) VALUES ($1, $2) RETURNING ${ENTITY_COLUMNS}`, [kind, trimmed]);
  return rows[0]!;
}
