import type { BacktestSpec } from '../domain/index.ts';
import type { BacktestResultRecord, MetricsRecord, SweepCellRecord } from '../service/types.ts';

/** What the runner hands a backtest thread (structured-cloned; bar arrays transferred). */
export interface BacktestThreadTask {
  spec: Omit<BacktestSpec, 'targetWeights'>;
  grid: Record<string, number[]> | null;
}

/** What a backtest thread posts back. */
export type BacktestThreadMessage =
  | { type: 'progress'; value: number }
  | { type: 'result'; metrics: MetricsRecord; result: BacktestResultRecord; sweep: SweepCellRecord[] | null }
  | { type: 'error'; name: string; code: string | null; field: string | null; message: string };
