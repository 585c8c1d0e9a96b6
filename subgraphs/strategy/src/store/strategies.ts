import type { Queryable } from './queryable.ts';
import type { StrategyRow } from '../service/types.ts';

const COLUMNS = `id::text AS id, name, kind, parameters, universe, portfolio_id::text AS "portfolioId", upper(status) AS status,
  auto_trade AS "autoTrade", created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface NewStrategy {
  name: string;
  kind: string;
  parameters: Record<string, number>;
  universe: string[];
  portfolioId: number | null;
  status: 'active' | 'paused';
  autoTrade: boolean;
  now: Date;
}

export async function insertStrategy(db: Queryable, s: NewStrategy): Promise<StrategyRow> {
  const { rows } = await db.query<StrategyRow>(
    `INSERT INTO strategy.strategy (name, kind, parameters, universe, portfolio_id, status, auto_trade, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${COLUMNS}`,
    [s.name, s.kind, JSON.stringify(s.parameters), s.universe, s.portfolioId, s.status, s.autoTrade, s.now],
  );
  return rows[0]!;
}

export interface StrategyPatch {
  name?: string;
  parameters?: Record<string, number>;
  universe?: string[];
  portfolioId?: number | null;
  status?: 'active' | 'paused';
  autoTrade?: boolean;
}

/** Locks a strategy row for an update in the caller's transaction. */
export async function lockStrategy(db: Queryable, id: number): Promise<StrategyRow | null> {
  const { rows } = await db.query<StrategyRow>(`SELECT ${COLUMNS} FROM strategy.strategy WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

export async function updateStrategy(db: Queryable, id: number, patch: StrategyPatch, now: Date): Promise<StrategyRow> {
  const { rows } = await db.query<StrategyRow>(
    `UPDATE strategy.strategy SET
       name = coalesce($2, name),
       parameters = coalesce($3::jsonb, parameters),
       universe = coalesce($4::text[], universe),
       portfolio_id = CASE WHEN $5::boolean THEN $6::int ELSE portfolio_id END,
       status = coalesce($7, status),
       auto_trade = coalesce($8, auto_trade),
       updated_at = $9
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id,
      patch.name ?? null,
      patch.parameters ? JSON.stringify(patch.parameters) : null,
      patch.universe ?? null,
      patch.portfolioId !== undefined,
      patch.portfolioId ?? null,
      patch.status ?? null,
      patch.autoTrade ?? null,
      now,
    ],
  );
  return rows[0]!;
}

export async function findStrategiesByIds(db: Queryable, ids: readonly number[]): Promise<Map<string, StrategyRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<StrategyRow>(`SELECT ${COLUMNS} FROM strategy.strategy WHERE id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findStrategies(db: Queryable, { status, portfolioId }: { status?: 'active' | 'paused' | null; portfolioId?: number | null }): Promise<StrategyRow[]> {
  const { rows } = await db.query<StrategyRow>(
    `SELECT ${COLUMNS} FROM strategy.strategy WHERE ($1::text IS NULL OR status = $1) AND ($2::int IS NULL OR portfolio_id = $2) ORDER BY id`,
    [status ?? null, portfolioId ?? null],
  );
  return rows;
}

export async function findStrategiesOfPortfolios(db: Queryable, portfolioIds: readonly number[]): Promise<StrategyRow[]> {
  if (portfolioIds.length === 0) return [];
  const { rows } = await db.query<StrategyRow>(`SELECT ${COLUMNS} FROM strategy.strategy WHERE portfolio_id = ANY($1::int[]) ORDER BY id`, [portfolioIds]);
  return rows;
}

export async function countStrategies(db: Queryable, status: 'active' | 'paused'): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM strategy.strategy WHERE status = $1', [status]);
  return rows[0]!.n;
}
