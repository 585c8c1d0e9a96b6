import type pg from 'pg';
import { findLookThroughHoldings, type LookThroughHoldings } from '../store/ownerships.ts';

export type ConsolidatedHoldings = LookThroughHoldings;

/**
 * Look-through holdings of an entity: its effective share of every portfolio it
 * reaches through the ownership graph (Σ over paths of Π percentage/100, exact
 * numeric in the store), and the open positions and cash scaled by those shares.
 * The graph is acyclic (addOwnership refuses cycles), so the walk ends.
 */
export async function findConsolidated(pool: pg.Pool, entityId: number): Promise<ConsolidatedHoldings> {
  return findLookThroughHoldings(pool, entityId);
}
