import { assertInput } from '../errors/AccelError.ts';
import { DEFAULT_PARAMS, INDICATORS, runIndicatorRows, type IndicatorName, type IndicatorParams } from './indicatorKernels.ts';
import { panel, validatePanel, type Panel } from './Panel.ts';

export type IndicatorInputs = Record<string, Panel>;
export type IndicatorOutputs = Record<string, Panel>;

/** Checks names, shapes, periods and NaN policy; returns resolved params. */
export function prepareIndicator(name: IndicatorName, inputs: IndicatorInputs, params: IndicatorParams = {}): { p: Required<IndicatorParams>; series: number; length: number } {
  const def = INDICATORS[name];
  assertInput(def, `unknown indicator '${name}'; one of ${Object.keys(INDICATORS).join(', ')}`);
  const first = inputs[def.inputs[0]!];
  assertInput(first, `indicator '${name}' needs inputs ${def.inputs.join(', ')}`);
  for (const k of def.inputs) {
    const pnl = inputs[k];
    assertInput(pnl, `indicator '${name}' needs input '${k}'`);
    assertInput(pnl.series === first.series && pnl.length === first.length, `input '${k}' is ${pnl.series}×${pnl.length}, expected ${first.series}×${first.length}`);
    validatePanel(pnl, `${name}.${k}`);
  }
  // period defaults to 14 (Wilder), except Bollinger's customary 20
  const p = { ...DEFAULT_PARAMS, ...(name === 'bollinger' ? { period: 20 } : {}), ...params };
  for (const k of ['period', 'fast', 'slow', 'signal', 'smoothing'] as const) {
    assertInput(Number.isInteger(p[k]) && p[k] >= 1, `${k} must be a positive integer, got ${p[k]}`);
  }
  assertInput(p.period >= 2 || !['rollingVolatility', 'rollingZScore', 'rollingCorrelation'].includes(name), 'rolling statistics need period ≥ 2');
  assertInput(p.fast < p.slow, `MACD needs fast < slow, got ${p.fast} ≥ ${p.slow}`);
  return { p, series: first.series, length: first.length };
}

/**
 * Computes indicator `name` over every series of the input panels at once
 * (reference `js` kernels). For single-input indicators pass `{ values }`;
 * ATR/Stochastic take `{ high, low, close }`; rollingCorrelation `{ x, y }`.
 * Output panels have the input's shape with NaN during warm-up (see each
 * kernel in `indicatorKernels.ts` for its first defined bar).
 * @throws AccelError BAD_INPUT on shape mismatch, bad periods, or a NaN after a series' first value.
 */
export function computeIndicator(name: IndicatorName, inputs: IndicatorInputs, params: IndicatorParams = {}): IndicatorOutputs {
  const { p, series, length } = prepareIndicator(name, inputs, params);
  const def = INDICATORS[name];
  const outs = def.outputs.map(() => panel(series, length));
  runIndicatorRows(name, p, def.inputs.map((k) => inputs[k]!.data), outs.map((o) => o.data), length, 0, series);
  return Object.fromEntries(def.outputs.map((k, i) => [k, outs[i]!]));
}
