import { computeIndicator, panelFromSeries, seriesOf, type IndicatorInputs, type IndicatorName, type IndicatorParams } from '@nautilus/accel';
import { badInput } from '@nautilus/runtime';
import type { BarRecord } from './types.ts';

export type IndicatorKindName = 'SMA' | 'EMA' | 'BOLLINGER' | 'RSI' | 'MACD' | 'ATR';

export interface IndicatorSpecInput {
  kind: IndicatorKindName;
  period?: number | null;
  stdDevs?: number | null;
  fast?: number | null;
  slow?: number | null;
  signal?: number | null;
}

export interface IndicatorLineModel {
  kind: IndicatorKindName;
  /** Index of the spec it comes from. */
  spec: number;
  label: string;
  name: string;
  overlay: boolean;
  values: (number | null)[];
}

export interface IndicatorSetModel {
  ts: Date[];
  lines: IndicatorLineModel[];
}

export const MAX_INDICATOR_SPECS = 8;
export const MAX_INDICATOR_PERIOD = 500;

interface KindDef {
  accel: IndicatorName;
  params: readonly (keyof Omit<IndicatorSpecInput, 'kind'>)[];
  defaults: Required<Pick<IndicatorParams, 'period' | 'stdDevs' | 'fast' | 'slow' | 'signal'>>;
  overlay: boolean;
  label: (p: Required<IndicatorParams>) => string;
}

const BASE = { period: 14, stdDevs: 2, fast: 12, slow: 26, signal: 9 };
const KINDS: Record<IndicatorKindName, KindDef> = {
  SMA: { accel: 'sma', params: ['period'], defaults: { ...BASE, period: 20 }, overlay: true, label: (p) => `SMA ${p.period}` },
  EMA: { accel: 'ema', params: ['period'], defaults: { ...BASE, period: 20 }, overlay: true, label: (p) => `EMA ${p.period}` },
  BOLLINGER: { accel: 'bollinger', params: ['period', 'stdDevs'], defaults: { ...BASE, period: 20 }, overlay: true, label: (p) => `BB ${p.period} ${p.stdDevs}` },
  RSI: { accel: 'rsi', params: ['period'], defaults: BASE, overlay: false, label: (p) => `RSI ${p.period}` },
  MACD: { accel: 'macd', params: ['fast', 'slow', 'signal'], defaults: BASE, overlay: false, label: (p) => `MACD ${p.fast} ${p.slow} ${p.signal}` },
  ATR: { accel: 'atr', params: ['period'], defaults: BASE, overlay: false, label: (p) => `ATR ${p.period}` },
};

const integerIn = (value: number, min: number, field: string) => {
  if (!Number.isInteger(value) || value < min || value > MAX_INDICATOR_PERIOD) throw badInput(field, `must be an integer from ${min} to ${MAX_INDICATOR_PERIOD}, got ${value}`);
};

/**
 * Checks the specs before any read (BAD_USER_INPUT naming `specs[i].<field>`) and resolves each
 * one's parameters with its kind's defaults.
 */
export function resolveIndicatorSpecs(specs: readonly IndicatorSpecInput[]): { kind: IndicatorKindName; params: Required<IndicatorParams> }[] {
  if (specs.length === 0) throw badInput('specs', 'must name at least one indicator');
  if (specs.length > MAX_INDICATOR_SPECS) throw badInput('specs', `must name at most ${MAX_INDICATOR_SPECS} indicators, got ${specs.length}`);
  return specs.map((spec, i) => {
    const def = KINDS[spec.kind];
    const at = `specs[${i}]`;
    for (const key of ['period', 'stdDevs', 'fast', 'slow', 'signal'] as const) {
      if (spec[key] != null && !def.params.includes(key)) throw badInput(`${at}.${key}`, `does not apply to ${spec.kind} (it takes ${def.params.join(', ')})`);
    }
    const params: Required<IndicatorParams> = { period: spec.period ?? def.defaults.period, stdDevs: spec.stdDevs ?? def.defaults.stdDevs, fast: spec.fast ?? def.defaults.fast, slow: spec.slow ?? def.defaults.slow, signal: spec.signal ?? def.defaults.signal, smoothing: 3, periodsPerYear: 1 };
    integerIn(params.period, spec.kind === 'BOLLINGER' ? 2 : 1, `${at}.period`);
    if (!Number.isFinite(params.stdDevs) || params.stdDevs <= 0 || params.stdDevs > 10) throw badInput(`${at}.stdDevs`, `must be greater than 0 and at most 10, got ${params.stdDevs}`);
    integerIn(params.fast, 1, `${at}.fast`);
    integerIn(params.slow, 2, `${at}.slow`);
    integerIn(params.signal, 1, `${at}.signal`);
    if (params.fast >= params.slow) throw badInput(`${at}.fast`, `must be less than slow (${params.slow}), got ${params.fast}`);
    return { kind: spec.kind, params };
  });
}

/** Bars an indicator needs before its first defined value, with margin for EMA-based ones to settle. */
export function warmupBars(kind: IndicatorKindName, p: Required<IndicatorParams>): number {
  if (kind === 'MACD') return 3 * (p.slow + p.signal);
  if (kind === 'SMA' || kind === 'BOLLINGER') return p.period;
  return 3 * p.period + 1;
}

/** Computes resolved specs over bars (oldest first); the first `skip` bars are warm-up and left out. */
export function indicatorsOverBars(bars: readonly BarRecord[], resolved: ReturnType<typeof resolveIndicatorSpecs>, skip = 0): IndicatorSetModel {
  const closes = panelFromSeries([bars.map((b) => b.close)]);
  const kept = (values: Float64Array) => Array.from(values.subarray(skip), (v) => (Number.isFinite(v) ? v : null));
  const lines = resolved.flatMap(({ kind, params }, spec) => {
    const def = KINDS[kind];
    const inputs: IndicatorInputs = kind === 'ATR' ? { high: panelFromSeries([bars.map((b) => b.high)]), low: panelFromSeries([bars.map((b) => b.low)]), close: closes } : { values: closes };
    const outputs = bars.length === 0 ? {} : computeIndicator(def.accel, inputs, params);
    const names = kind === 'BOLLINGER' ? ['middle', 'upper', 'lower'] : kind === 'MACD' ? ['macd', 'signal', 'histogram'] : ['value'];
    return names.map((name) => ({ kind, spec, label: def.label(params), name, overlay: def.overlay, values: outputs[name] === undefined ? [] : kept(seriesOf(outputs[name], 0)) }));
  });
  return { ts: bars.slice(skip).map((b) => b.ts), lines };
}
