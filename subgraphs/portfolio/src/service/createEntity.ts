import type pg from 'pg';
import { parseName } from '@nautilus/runtime';
import { insertEntity } from '../store/entities.ts';
import type { EntityKind, EntityRow } from './types.ts';

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
  return insertEntity(pool, { kind, name: trimmed });
}
