import type pg from 'pg';

/** Whether migrations took the TimescaleDB path (recorded in nautilus_feature by 0002). */
export async function findTimeseriesLayout(pool: pg.Pool): Promise<{ timescale: boolean; detail: string }> {
  const { rows } = await pool.query<{ enabled: boolean; detail: string }>("SELECT enabled, detail FROM public.nautilus_feature WHERE name = 'timescaledb'");
  const row = rows[0];
  if (!row) throw new Error('nautilus_feature has no timescaledb row: run npm run db:migrate');
  return { timescale: row.enabled, detail: row.detail };
}
