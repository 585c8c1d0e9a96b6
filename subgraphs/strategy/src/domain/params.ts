import type { ParamSpec, StrategyKind, StrategyKindSpec, StrategyParams, ValidateOptions, ValidationResult } from './types.ts';

const allowShort = (def: 0 | 1): ParamSpec => ({
  name: 'allowShort',
  type: 'boolean',
  min: 0,
  max: 1,
  default: def,
  description: '1 to take short positions on the opposite signal, 0 to stay flat instead',
});

/** The catalogue of built-in strategy kinds with their parameters (formulas in README "Strategy kinds"). */
export const STRATEGY_KINDS: Readonly<Record<StrategyKind, StrategyKindSpec>> = {
  MA_CROSSOVER: {
    kind: 'MA_CROSSOVER',
    title: 'Moving-average crossover',
    description: 'Long while the fast simple moving average of the close is above the slow one (short below when allowed).',
    symbols: { min: 1 },
    params: [
      { name: 'fast', type: 'int', min: 1, max: 250, default: 10, description: 'fast SMA window (bars), < slow' },
      { name: 'slow', type: 'int', min: 2, max: 1000, default: 50, description: 'slow SMA window (bars)' },
      allowShort(0),
    ],
  },
  TS_MOMENTUM: {
    kind: 'TS_MOMENTUM',
    title: 'Time-series momentum',
    description: 'Long while the return from t−lookback to t−skip exceeds the threshold (short below −threshold when allowed).',
    symbols: { min: 1 },
    params: [
      { name: 'lookback', type: 'int', min: 2, max: 1000, default: 252, description: 'return window (bars)' },
      { name: 'skip', type: 'int', min: 0, max: 100, default: 21, description: 'most recent bars left out of the return, < lookback' },
      { name: 'threshold', type: 'number', min: 0, max: 1, default: 0, description: 'minimum absolute return to take a position' },
      allowShort(0),
    ],
  },
  XS_MOMENTUM: {
    kind: 'XS_MOMENTUM',
    title: 'Cross-sectional momentum',
    description: 'Every rebalanceEvery bars, rank the universe by the return from t−lookback to t−skip; hold the top fraction equally weighted (short the bottom fraction when allowed).',
    symbols: { min: 2 },
    params: [
      { name: 'lookback', type: 'int', min: 2, max: 1000, default: 126, description: 'ranking return window (bars)' },
      { name: 'skip', type: 'int', min: 0, max: 100, default: 0, description: 'most recent bars left out of the return, < lookback' },
      { name: 'topFraction', type: 'number', min: 0.01, max: 0.5, default: 0.2, description: 'share of the universe held long (and short); at least one symbol' },
      { name: 'rebalanceEvery', type: 'int', min: 1, max: 252, default: 21, description: 'bars between rebalances' },
      allowShort(0),
    ],
  },
  MEAN_REVERSION: {
    kind: 'MEAN_REVERSION',
    title: 'Mean reversion (z-score / Bollinger)',
    description: 'z = (close − SMA)/σ over the window; enter long below −entryZ, short above +entryZ (when allowed), exit when |z| falls inside exitZ.',
    symbols: { min: 1 },
    params: [
      { name: 'window', type: 'int', min: 2, max: 500, default: 20, description: 'SMA and standard deviation window (bars)' },
      { name: 'entryZ', type: 'number', min: 0.1, max: 5, default: 2, description: 'z-score that opens a position (Bollinger band width)' },
      { name: 'exitZ', type: 'number', min: 0, max: 5, default: 0.5, description: 'z-score inside which the position is closed, < entryZ' },
      allowShort(1),
    ],
  },
  PAIRS: {
    kind: 'PAIRS',
    title: 'Pairs trading',
    description: 'Rolling OLS hedge ratio β of log(A) on log(B); spread s = log A − β log B; long the spread below −entryZ, short above +entryZ, exit inside exitZ.',
    symbols: { exactly: 2, min: 2 },
    params: [
      { name: 'window', type: 'int', min: 5, max: 1000, default: 60, description: 'regression and spread z-score window (bars)' },
      { name: 'entryZ', type: 'number', min: 0.1, max: 5, default: 2, description: 'spread z-score that opens a position' },
      { name: 'exitZ', type: 'number', min: 0, max: 5, default: 0.5, description: 'spread z-score inside which the position is closed, < entryZ' },
    ],
  },
  VOL_BREAKOUT: {
    kind: 'VOL_BREAKOUT',
    title: 'Volatility breakout (ATR channel)',
    description: 'Channel SMA(close, window) ± multiplier × ATR(atrWindow); long on a close above the upper band until a close below the SMA (short mirror when allowed).',
    symbols: { min: 1 },
    params: [
      { name: 'window', type: 'int', min: 2, max: 500, default: 20, description: 'channel centre SMA window (bars)' },
      { name: 'atrWindow', type: 'int', min: 1, max: 500, default: 14, description: 'average true range window (bars)' },
      { name: 'multiplier', type: 'number', min: 0, max: 10, default: 2, description: 'channel half-width in ATRs' },
      allowShort(0),
    ],
  },
  TARGET_WEIGHTS: {
    kind: 'TARGET_WEIGHTS',
    title: 'Target weights (optimizer on a schedule)',
    description: 'Every rebalanceEvery bars, ask the injected optimizer for weights from the last lookback closes and hold them.',
    symbols: { min: 1 },
    params: [
      { name: 'rebalanceEvery', type: 'int', min: 1, max: 252, default: 21, description: 'bars between rebalances' },
      { name: 'lookback', type: 'int', min: 2, max: 2000, default: 252, description: 'closes passed to the optimizer (bars)' },
    ],
  },
};

export function isStrategyKind(kind: unknown): kind is StrategyKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(STRATEGY_KINDS, kind);
}

/** Defaults of a kind's parameters. */
export function defaultParams(kind: StrategyKind): StrategyParams {
  const out: StrategyParams = {};
  for (const p of STRATEGY_KINDS[kind].params) out[p.name] = p.default;
  return out;
}

/** Cross-parameter rules: [field, predicate that must hold, message]. */
const RULES: Partial<Record<StrategyKind, Array<[string, (p: StrategyParams) => boolean, string]>>> = {
  MA_CROSSOVER: [['slow', (p) => p.fast! < p.slow!, 'slow must be greater than fast']],
  TS_MOMENTUM: [['skip', (p) => p.skip! < p.lookback!, 'skip must be less than lookback']],
  XS_MOMENTUM: [['skip', (p) => p.skip! < p.lookback!, 'skip must be less than lookback']],
  MEAN_REVERSION: [['exitZ', (p) => p.exitZ! < p.entryZ!, 'exitZ must be less than entryZ']],
  PAIRS: [['exitZ', (p) => p.exitZ! < p.entryZ!, 'exitZ must be less than entryZ']],
};

/**
 * Validate a kind's parameters: unknown kind, unknown parameter, wrong type or out-of-range values and
 * broken cross-parameter rules are reported with the field at fault. Missing parameters take defaults.
 */
export function validateStrategyParams(kind: unknown, params: unknown, options: ValidateOptions = {}): ValidationResult<StrategyParams> {
  const prefix = options.fieldPrefix ?? 'params';
  if (!isStrategyKind(kind)) {
    return { ok: false, field: 'kind', message: `unknown strategy kind ${JSON.stringify(kind)}; expected one of ${Object.keys(STRATEGY_KINDS).join(', ')}` };
  }
  const spec = STRATEGY_KINDS[kind];
  if (params === null || params === undefined) params = {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    return { ok: false, field: prefix, message: `parameters of ${kind} must be an object` };
  }
  const given = params as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!spec.params.some((p) => p.name === name)) {
      return { ok: false, field: `${prefix}.${name}`, message: `unknown parameter ${name} for ${kind}; expected ${spec.params.map((p) => p.name).join(', ')}` };
    }
  }
  const out: StrategyParams = {};
  for (const p of spec.params) {
    const field = `${prefix}.${p.name}`;
    let value = given[p.name];
    if (value === undefined || value === null) {
      out[p.name] = p.default;
      continue;
    }
    if (p.type === 'boolean' && typeof value === 'boolean') value = value ? 1 : 0;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, field, message: `${p.name} must be a finite number, got ${JSON.stringify(value)}` };
    }
    if ((p.type === 'int' || p.type === 'boolean') && !Number.isInteger(value)) {
      return { ok: false, field, message: `${p.name} must be an integer, got ${value}` };
    }
    if (value < p.min || value > p.max) {
      return { ok: false, field, message: `${p.name} must be between ${p.min} and ${p.max}, got ${value}` };
    }
    out[p.name] = value;
  }
  for (const [name, holds, message] of RULES[kind] ?? []) {
    if (!holds(out)) return { ok: false, field: `${prefix}.${name}`, message: `${message} (got ${spec.params.map((p) => `${p.name}=${out[p.name]}`).join(', ')})` };
  }
  if (options.symbols) {
    const n = options.symbols.length;
    if (spec.symbols.exactly !== undefined && n !== spec.symbols.exactly) {
      return { ok: false, field: 'symbols', message: `${kind} needs exactly ${spec.symbols.exactly} symbols, got ${n}` };
    }
    if (n < spec.symbols.min) return { ok: false, field: 'symbols', message: `${kind} needs at least ${spec.symbols.min} symbol(s), got ${n}` };
    const seen = new Set<string>();
    for (const s of options.symbols) {
      if (seen.has(s)) return { ok: false, field: 'symbols', message: `symbol ${s} appears twice` };
      seen.add(s);
    }
  }
  return { ok: true, params: out };
}
