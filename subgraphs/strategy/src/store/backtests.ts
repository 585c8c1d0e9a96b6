import type { Queryable } from './queryable.ts';
import type { BacktestInputRecord, BacktestResultRecord, BacktestRow, MetricsRecord, SweepCellRecord } from '../service/types.ts';

const COLUMNS = `id::text AS id, strategy_id::text AS "strategyId", kind, input, upper(status) AS status, progress, error, metrics, result, sweep,
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

export async function insertBacktest(db: Queryable, b: { strategyId: number | null; kind: string; input: BacktestInputRecord; now: Date }): Promise<BacktestRow> {
  const { rows } = await db.query<BacktestRow>(
    `INSERT INTO strategy.backtest (strategy_id, kind, input, status, created_at) VALUES ($1, $2, $3, 'queued', $4) RETURNING ${COLUMNS}`,
    [b.strategyId, b.kind, JSON.stringify(b.input), b.now],
  );
  return rows[0]!;
}

export async function findBacktestsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, BacktestRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<BacktestRow>(`SELECT ${COLUMNS} FROM strategy.backtest WHERE id = ANY($1::bigint[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findBacktests(db: Queryable, { strategyId, status, first }: { strategyId: number | null; status: string | null; first: number }): Promise<BacktestRow[]> {
  const { rows } = await db.query<BacktestRow>(
    `SELECT ${COLUMNS} FROM strategy.backtest WHERE ($1::int IS NULL OR strategy_id = $1) AND ($2::text IS NULL OR status = $2)
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [strategyId, status, first],
  );
  return rows;
}

/** Takes the oldest QUEUED backtest and marks it RUNNING (SKIP LOCKED: concurrent runners take different ones). */
export async function claimQueuedBacktest(db: Queryable, now: Date): Promise<BacktestRow | null> {
  const { rows } = await db.query<BacktestRow>(
    `UPDATE strategy.backtest SET status = 'running', started_at = $1, progress = 0
      WHERE id = (SELECT id FROM strategy.backtest WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS}`,
    [now],
  );
  return rows[0] ?? null;
}

/** Progress of a RUNNING backtest; false when it is no longer running (cancelled meanwhile). */
export async function setBacktestProgress(db: Queryable, id: string, progress: number): Promise<boolean> {
  const { rowCount } = await db.query(`UPDATE strategy.backtest SET progress = greatest(progress, $2) WHERE id = $1 AND status = 'running'`, [id, Math.min(1, Math.max(0, progress))]);
  return (rowCount ?? 0) > 0;
}

export async function completeBacktest(
  db: Queryable,
  id: string,
  results: { metrics: MetricsRecord; result: BacktestResultRecord; sweep: SweepCellRecord[] | null; now: Date },
): Promise<BacktestRow | null> {
  const { rows } = await db.query<BacktestRow>(
    `UPDATE strategy.backtest SET status = 'completed', progress = 1, metrics = $2, result = $3, sweep = $4, finished_at = $5
      WHERE id = $1 AND status = 'running' RETURNING ${COLUMNS}`,
    [id, JSON.stringify(results.metrics), JSON.stringify(results.result), results.sweep ? JSON.stringify(results.sweep) : null, results.now],
  );
  return rows[0] ?? null;
}

/** Ends a QUEUED or RUNNING backtest as FAILED or CANCELLED with the reason; null when it had already finished. */
export async function finishBacktest(db: Queryable, id: string, status: 'failed' | 'cancelled', error: string, now: Date): Promise<BacktestRow | null> {
  const { rows } = await db.query<BacktestRow>(
    `UPDATE strategy.backtest SET status = $2, error = $3, finished_at = $4 WHERE id = $1 AND status IN ('queued', 'running') RETURNING ${COLUMNS}`,
    [id, status, error, now],
  );
  return rows[0] ?? null;
}

/** Marks every QUEUED or RUNNING backtest FAILED with the reason (at start: runs the process that died owned). */
export async function failUnfinishedBacktests(db: Queryable, reason: string, now: Date): Promise<BacktestRow[]> {
  const { rows } = await db.query<BacktestRow>(
    `UPDATE strategy.backtest SET status = 'failed', error = $1, finished_at = $2 WHERE status IN ('queued', 'running') RETURNING ${COLUMNS}`,
    [reason, now],
  );
  return rows;
}

export async function countBacktests(db: Queryable, status: 'running' | 'queued'): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM strategy.backtest WHERE status = $1', [status]);
  return rows[0]!.n;
}
