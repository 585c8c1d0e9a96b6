/**
 * The body of a backtest worker thread (started by BacktestRunner with `--import tsx`): runs the
 * domain's backtest (and sweep) off the engine's request thread, posts progress as it goes and the
 * stored form of the results at the end. Cancel = the runner terminates the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBacktest, runSweep, type BacktestSpec } from '../domain/index.ts';
import { metricsRecord, resultRecord, sweepRecord } from '../service/backtestRecords.ts';
import { riskParityWeights } from '../service/targetWeights.ts';
import type { BacktestThreadMessage, BacktestThreadTask } from './backtestMessages.ts';

const port = parentPort!;
const task = workerData as BacktestThreadTask;
const post = (message: BacktestThreadMessage) => port.postMessage(message);

try {
  const spec: BacktestSpec = { ...task.spec, targetWeights: riskParityWeights };
  const share = task.grid ? 0.1 : 1;
  let reported = -1;
  const progress = (value: number) => {
    // At most one message per percent.
    const percent = Math.floor(value * 100);
    if (percent > reported) {
      reported = percent;
      post({ type: 'progress', value });
    }
  };
  const base = runBacktest(spec, { onProgress: (f) => progress(f * share) });
  let sweep = null;
  let extra: Record<string, number> = {};
  if (task.grid) {
    const result = runSweep(spec, task.grid, { onProgress: (f) => progress(share + f * (1 - share)) });
    sweep = sweepRecord(result);
    extra = { deflatedSharpe: result.deflatedSharpe, bestProbabilisticSharpe: result.probabilisticSharpe };
  }
  post({ type: 'result', metrics: metricsRecord(base.metrics, extra), result: resultRecord(base), sweep });
} catch (error) {
  const e = error as { name?: string; code?: string; field?: string; message?: string };
  post({ type: 'error', name: e?.name ?? 'Error', code: e?.code ?? null, field: e?.field ?? null, message: e?.message ?? String(error) });
}
