import type pg from 'pg';
import { findAllEntities } from '../store/entities.ts';
import type { EntityRow } from './types.ts';

/** Every entity (people, trusts, companies, foundations), by id. */
export async function findEntities(pool: pg.Pool): Promise<EntityRow[]> {
  return findAllEntities(pool);
}
