import type { BacktestResult, Metrics, SweepResult } from '../domain/index.ts';
import type { BacktestResultRecord, MetricsRecord, SweepCellRecord } from './types.ts';

/** Most equity points stored per run: longer curves keep every k-th point and the last (the drawdowns keep the exact extremes). */
export const MAX_EQUITY_POINTS = 5_000;
/** Most trades stored per run (the first ones; metrics count all). */
export const MAX_STORED_TRADES = 10_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** JSON has no NaN or Infinity: such metrics are stored as null. */
export function metricsRecord(metrics: Metrics, extra: Record<string, number> = {}): MetricsRecord {
  const out: MetricsRecord = {};
  for (const [name, value] of Object.entries({ ...metrics, ...extra })) out[name] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  return out;
}

/** What is stored of a run: its trades, a bounded equity curve with the drawdown at each point, and its drawdowns. */
export function resultRecord(result: BacktestResult): BacktestResultRecord {
  const curve = result.equityCurve;
  const step = Math.max(1, Math.ceil(curve.length / MAX_EQUITY_POINTS));
  let peak = -Infinity;
  const equityCurve: BacktestResultRecord['equityCurve'] = [];
  curve.forEach((p, i) => {
    peak = Math.max(peak, p.equity);
    if (i % step === 0 || i === curve.length - 1) equityCurve.push({ ts: iso(p.ts), equity: p.equity, drawdown: peak > 0 ? p.equity / peak - 1 : 0 });
  });
  return {
    trades: result.trades.slice(0, MAX_STORED_TRADES).map((t) => ({
      symbol: t.symbol,
      side: t.side,
      quantity: t.qty,
      entryTs: iso(t.entryTs),
      entryPrice: t.entryPrice,
      exitTs: t.exitTs === null ? null : iso(t.exitTs),
      exitPrice: t.exitTs === null ? null : t.exitPrice,
      pnl: t.pnl,
      returnPct: t.returnPct,
      fees: t.fees,
      mae: t.mae,
      mfe: t.mfe,
    })),
    equityCurve,
    drawdowns: result.drawdowns.map((d) => ({ start: iso(d.start), trough: iso(d.trough), end: d.end === null ? null : iso(d.end), depth: d.depth, length: d.durationBars })),
  };
}

export function sweepRecord(sweep: SweepResult): SweepCellRecord[] {
  return sweep.cells.map((c) => ({ parameters: { ...c.params }, metrics: metricsRecord(c.metrics) }));
}
