import { badInput } from '@nautilus/runtime';
import { checkPositions, isOption } from './checkPositions.ts';
import type { LiquidationOptions, LiquidationPlan, LiquidationStep, MarginPosition, PriceMap } from './types.ts';

export type { LiquidationOptions, LiquidationPlan, LiquidationStep } from './types.ts';

/** Default fraction of traded value lost when closing: 0.5% for options, 0.1% otherwise (house estimate of spread + fees). */
export function defaultCostRate(position: MarginPosition): number {
  return isOption(position) ? 0.005 : 0.001;
}

const EPSILON = 1e-9;

interface Trial {
  index: number;
  /** Units closed (> 0). */
  units: number;
  after: MarginPosition[];
  requirement: number;
  equity: number;
  released: number;
  /** released + equity gained (without the cost). */
  improvement: number;
  cost: number;
}

/**
 * Plans which positions to close, in what order, to cure a margin deficit
 * (requirement − equity) at least liquidation cost. Greedy:
 *
 * at each step, for every open position, try closing it fully; if that alone
 * cures what is left, binary-search the smallest whole number of units that
 * still cures (fractional holdings close in full). The candidate with the most
 * improvement per unit of cost wins (ties: larger improvement, then input
 * order); the requirement is recomputed with `requirementOf` after each step,
 * so offsets (covered calls, scenario groups) are respected. Improvement =
 * requirement released (+ change of `equityOf`, when given); closing costs
 * |units| × multiplier × price × `costRate` of equity. Candidates that do not
 * improve net of cost are never taken. Liquidation prices come from
 * `prices.get(instrumentId)`, else the position's price.
 *
 * Deficit ≤ 0 → an empty plan, cured. When no candidate helps any more the plan
 * stops with `cured: false` and the deficit left.
 *
 * @throws AppError BAD_USER_INPUT for bad positions, a non-finite deficit, or a
 * non-finite requirement / cost rate from the callbacks.
 */
export function planLiquidation(positions: MarginPosition[], prices: PriceMap, deficit: number, options: LiquidationOptions): LiquidationPlan {
  checkPositions(positions);
  if (!Number.isFinite(deficit)) throw badInput('deficit', `must be a finite number, got ${deficit}`);
  if (typeof options?.requirementOf !== 'function') throw badInput('options.requirementOf', 'must be a function');
  if (deficit <= EPSILON) return { steps: [], totalCost: 0, cured: true, remainingDeficit: 0 };
  const costRateOf = options.costRate ?? defaultCostRate;
  const requirementOf = (ps: MarginPosition[]): number => {
    const r = options.requirementOf(ps);
    if (!Number.isFinite(r)) throw badInput('options.requirementOf', `returned ${r}`);
    return r;
  };
  const equityOf = (ps: MarginPosition[]): number => {
    if (!options.equityOf) return 0;
    const e = options.equityOf(ps);
    if (!Number.isFinite(e)) throw badInput('options.equityOf', `returned ${e}`);
    return e;
  };
  const priceOf = (p: MarginPosition): number => {
    const price = prices.get(p.instrumentId);
    return price !== undefined && Number.isFinite(price) && price >= 0 ? price : p.price;
  };

  let current = positions.filter((p) => p.quantity !== 0);
  let requirement = requirementOf(current);
  let equity = equityOf(current);
  let remaining = deficit;
  const steps: LiquidationStep[] = [];

  const trial = (index: number, units: number): Trial => {
    const p = current[index]!;
    const left = Math.abs(p.quantity) - units <= EPSILON ? 0 : p.quantity - Math.sign(p.quantity) * units;
    const after = left === 0 ? current.filter((_, i) => i !== index) : current.map((q, i) => (i === index ? { ...q, quantity: left } : q));
    const rate = costRateOf(p);
    if (!Number.isFinite(rate) || rate < 0) throw badInput('options.costRate', `must return a finite rate ≥ 0, got ${rate} for ${p.symbol}`);
    const newRequirement = requirementOf(after);
    const newEquity = equityOf(after);
    const released = requirement - newRequirement;
    const cost = units * p.multiplier * priceOf(p) * rate;
    return { index, units, after, requirement: newRequirement, equity: newEquity, released, improvement: released + newEquity - equity, cost };
  };
  const net = (t: Trial): number => t.improvement - t.cost;

  /** Smallest whole number of units that cures `remaining` (full size when only that does). */
  const smallestCure = (index: number, full: Trial): Trial => {
    const size = Math.abs(current[index]!.quantity);
    let hi = Math.floor(size + EPSILON);
    if (hi < 1) return full;
    let best = hi === size ? full : trial(index, hi);
    if (net(best) < remaining - EPSILON) return full;
    let lo = 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const t = trial(index, mid);
      if (net(t) >= remaining - EPSILON) {
        hi = mid;
        best = t;
      } else {
        lo = mid + 1;
      }
    }
    return best.units === hi ? best : trial(index, hi);
  };

  while (remaining > EPSILON && current.length > 0) {
    let chosen: Trial | undefined;
    let chosenRatio = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < current.length; i++) {
      const full = trial(i, Math.abs(current[i]!.quantity));
      if (net(full) <= EPSILON) continue;
      const candidate = net(full) >= remaining - EPSILON ? smallestCure(i, full) : full;
      const ratio = candidate.cost > 0 ? candidate.improvement / candidate.cost : Number.POSITIVE_INFINITY;
      if (ratio > chosenRatio || (ratio === chosenRatio && chosen !== undefined && candidate.improvement > chosen.improvement)) {
        chosen = candidate;
        chosenRatio = ratio;
      }
    }
    if (!chosen) break;
    const p = current[chosen.index]!;
    steps.push({
      instrumentId: p.instrumentId,
      symbol: p.symbol,
      quantity: -Math.sign(p.quantity) * chosen.units,
      value: chosen.units * p.multiplier * priceOf(p),
      cost: chosen.cost,
      requirementReleased: chosen.released,
    });
    remaining -= net(chosen);
    current = chosen.after;
    requirement = chosen.requirement;
    equity = chosen.equity;
  }
  const cured = remaining <= EPSILON;
  return { steps, totalCost: steps.reduce((s, st) => s + st.cost, 0), cured, remainingDeficit: cured ? 0 : remaining };
}
