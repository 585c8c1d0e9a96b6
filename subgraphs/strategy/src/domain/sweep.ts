/**
 * Parameter sweeps: one backtest per combination of the grid (metrics per cell for a heat map), the best
 * cell by Sharpe ratio, its probabilistic Sharpe ratio and its deflated Sharpe ratio given the number of
 * cells tried (the multiple-testing haircut of Bailey & López de Prado 2014).
 */
import { prepareBacktest, runPrepared } from './backtest.ts';
import { GridTooLargeError, StrategyError } from './errors.ts';
import { deflatedSharpeRatio } from './metrics.ts';
import { STRATEGY_KINDS, validateStrategyParams } from './params.ts';
import type { BacktestHooks, BacktestSpec, StrategyParams, SweepCell, SweepResult } from './types.ts';

export const MAX_GRID_COMBINATIONS = 10_000;

/** Expand a grid into parameter sets (validated; errors name `grid.<param>`). Throws GridTooLargeError above the limit. */
export function expandGrid(spec: Pick<BacktestSpec, 'kind' | 'params' | 'bars'>, grid: Record<string, number[]>): StrategyParams[] {
  if (!grid || typeof grid !== 'object' || Array.isArray(grid)) throw new StrategyError('BAD_INPUT', 'grid', 'grid must be an object of parameter → values');
  const kindSpec = STRATEGY_KINDS[spec.kind];
  if (!kindSpec) throw new StrategyError('BAD_INPUT', 'kind', `unknown strategy kind ${String(spec.kind)}`);
  const names = Object.keys(grid);
  if (names.length === 0) throw new StrategyError('BAD_INPUT', 'grid', 'grid names no parameter');
  let combos = 1;
  for (const name of names) {
    if (!kindSpec.params.some((p) => p.name === name)) throw new StrategyError('BAD_INPUT', `grid.${name}`, `unknown parameter ${name} for ${spec.kind}`);
    const values = grid[name];
    if (!Array.isArray(values) || values.length === 0) throw new StrategyError('BAD_INPUT', `grid.${name}`, `grid.${name} must be a non-empty list of numbers`);
    combos *= values.length;
  }
  if (combos > MAX_GRID_COMBINATIONS) throw new GridTooLargeError(combos, MAX_GRID_COMBINATIONS);
  const symbols = (spec.bars ?? []).map((b) => b.symbol);
  const out: StrategyParams[] = [];
  const idx = names.map(() => 0);
  for (let c = 0; c < combos; c++) {
    const params: Record<string, unknown> = { ...(spec.params ?? {}) };
    names.forEach((name, j) => {
      params[name] = grid[name]![idx[j]!];
    });
    const v = validateStrategyParams(spec.kind, params, { symbols });
    if (!v.ok) {
      const name = v.field.replace(/^params\./, '');
      const field = names.includes(name) ? `grid.${name}` : v.field;
      throw new StrategyError('BAD_INPUT', field, `${v.message} (combination ${names.map((n) => `${n}=${params[n]}`).join(', ')})`);
    }
    out.push(v.params);
    for (let j = names.length - 1; j >= 0; j--) {
      if (++idx[j]! < grid[names[j]!]!.length) break;
      idx[j] = 0;
    }
  }
  return out;
}

/** Run the spec once per grid cell. Cells keep the grid's order (last parameter varying fastest). */
export function runSweep(spec: BacktestSpec, grid: Record<string, number[]>, hooks: BacktestHooks = {}): SweepResult {
  const sets = expandGrid(spec, grid);
  const { bars } = prepareBacktest(spec); // fail fast on the spec itself; align the bars once
  const cells: SweepCell[] = [];
  const returnsMoments: { sr: number; n: number; skew: number; kurtosis: number }[] = [];
  sets.forEach((params, i) => {
    const r = runPrepared(
      { ...spec, params },
      { bars, params },
      {
        shouldCancel: hooks.shouldCancel,
        onProgress: (f) => hooks.onProgress?.((i + f) / sets.length),
      },
    );
    cells.push({ params, metrics: r.metrics });
    const sr = r.metrics.sharpe / Math.sqrt(spec.periodsPerYear);
    returnsMoments.push({ sr, n: r.metrics.periods, skew: r.metrics.skewness, kurtosis: r.metrics.kurtosis });
  });
  let bestIdx = 0;
  for (let i = 1; i < cells.length; i++) {
    const s = cells[i]!.metrics.sharpe;
    const b = cells[bestIdx]!.metrics.sharpe;
    if (Number.isFinite(s) && (!Number.isFinite(b) || s > b)) bestIdx = i;
  }
  const best = cells[bestIdx]!;
  const m = returnsMoments[bestIdx]!;
  return {
    cells,
    best,
    probabilisticSharpe: best.metrics.probabilisticSharpe,
    deflatedSharpe: deflatedSharpeRatio(
      m.sr,
      m.n,
      m.skew,
      m.kurtosis,
      returnsMoments.map((x) => x.sr),
    ),
  };
}
