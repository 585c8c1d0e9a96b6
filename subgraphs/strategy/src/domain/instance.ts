import { StrategyError } from './errors.ts';
import { History } from './history.ts';
import { validateStrategyParams } from './params.ts';
import { createCore, type StrategyCore } from './strategies.ts';
import type { Bar, Direction, SignalEvent, StrategyContext, StrategyDecision, StrategyInstance, StrategyKind } from './types.ts';

const NO_SIGNALS: SignalEvent[] = [];

/** A running strategy over a universe: bars in on the clock, target weights and signals out. */
class LiveStrategy implements StrategyInstance {
  private readonly history: History;
  private readonly previous: Float64Array;
  private readonly decision: StrategyDecision;

  constructor(
    readonly kind: StrategyKind,
    readonly symbols: readonly string[],
    private readonly core: StrategyCore,
  ) {
    this.history = new History(symbols);
    this.previous = new Float64Array(symbols.length);
    this.decision = { ts: 0, weights: core.weights, signals: NO_SIGNALS };
  }

  get warmupBars(): number {
    return this.core.warmupBars;
  }

  onBars(ts: number, bars: readonly Bar[]): StrategyDecision {
    if (bars.length !== this.symbols.length) {
      throw new StrategyError('BAD_INPUT', 'bars', `expected ${this.symbols.length} bars (one per symbol), got ${bars.length}`);
    }
    const h = this.history;
    if (h.length > 0 && !(ts > h.ts[h.length - 1]!)) throw new StrategyError('BAD_INPUT', 'ts', `bar time ${ts} is not after the previous bar`);
    h.push(ts, bars);
    const t = h.length - 1;
    this.core.step(h, t);
    const w = this.core.weights;
    let signals = NO_SIGNALS;
    const first = t === this.core.warmupBars - 1;
    for (let k = 0; k < w.length; k++) {
      if (first || w[k] !== this.previous[k]) {
        if (signals === NO_SIGNALS) signals = [];
        signals.push(this.signal(k, ts));
        this.previous[k] = w[k]!;
      }
    }
    this.decision.ts = ts;
    this.decision.signals = signals;
    return this.decision;
  }

  explain(i: number): Record<string, number> {
    const out: Record<string, number> = {};
    const values = this.core.explanation[i]!;
    this.core.explainNames.forEach((name, j) => {
      out[name] = values[j]!;
    });
    return out;
  }

  private signal(k: number, ts: number): SignalEvent {
    const w = this.core.weights[k]!;
    const direction: Direction = w > 0 ? 'LONG' : w < 0 ? 'SHORT' : 'FLAT';
    let strength = direction === 'FLAT' ? 0 : this.core.strength[k]!;
    // Keep the sign of the strength on the side of the direction (a non-zero weight always has some strength).
    if (direction === 'LONG') strength = Math.max(Math.abs(strength), Number.EPSILON);
    if (direction === 'SHORT') strength = -Math.max(Math.abs(strength), Number.EPSILON);
    return { symbol: this.symbols[k]!, ts, direction, strength, horizonBars: this.core.horizonBars, explanation: this.explain(k), targetWeight: w };
  }
}

/**
 * Create a running strategy instance. Parameters are validated (a StrategyError names the bad field);
 * TARGET_WEIGHTS needs `context.targetWeights`.
 */
export function createStrategy(kind: StrategyKind, params: Record<string, unknown>, context: StrategyContext): StrategyInstance {
  const v = validateStrategyParams(kind, params, { symbols: context.symbols });
  if (!v.ok) throw new StrategyError('BAD_INPUT', v.field, v.message);
  return new LiveStrategy(kind, [...context.symbols], createCore(kind, v.params, context.symbols, context.targetWeights));
}
