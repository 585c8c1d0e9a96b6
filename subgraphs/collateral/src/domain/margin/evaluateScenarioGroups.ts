import { groupKeyOf, isOption, marketValueOf, underlyingPriceOf } from './checkPositions.ts';
import { assetClassRate } from './marginPolicy.ts';
import { optionModelPrice } from './optionModelPrice.ts';
import type { MarginPolicy, MarginPosition, PriceMap, RequirementLine, ScenarioGroupResult } from './types.ts';

/** FINRA 4210(g) / OCC TIMS minimum: $0.375 × multiplier for each option contract, long or short. */
export const MINIMUM_PER_CONTRACT = 0.375;

/** Asset classes revalued on the equity grid together with their options. */
const GRID_CLASSES = new Set(['equity', 'etf', 'index']);

export interface ScenarioEvaluation {
  groups: ScenarioGroupResult[];
  /** Positions outside the grid (crypto, bonds, fx, futures, …): house asset-class maintenance rate. */
  otherLines: RequirementLine[];
}

interface Group {
  underlyingId: string;
  symbol: string | undefined;
  positions: MarginPosition[];
}

/** Value of one position with the underlying moved by `move` and implied volatility scaled by (1 + `shift`). */
function scenarioValue(p: MarginPosition, underlying: number, move: number, shift: number): number {
  if (!isOption(p)) return marketValueOf(p) * (1 + move);
  const o = p.option!;
  return p.quantity * p.multiplier * optionModelPrice(o, underlying * (1 + move), o.volatility * (1 + shift));
}

function evaluateGroup(group: Group, prices: PriceMap, policy: MarginPolicy): ScenarioGroupResult {
  const { priceMoves, volShifts } = policy.scenario;
  // Stock legs are linear in the move (P&L = V·move, whatever the vol shift); only options are revalued per point.
  let linearValue = 0;
  const options: MarginPosition[] = [];
  for (const p of group.positions) {
    if (isOption(p)) options.push(p);
    else linearValue += marketValueOf(p);
  }
  const underlying = options.length > 0 ? underlyingPriceOf(options[0]!, prices) : 0;
  // Base = theoretical value at today's price and volatility, so P&L(0, 0) = 0 exactly.
  let optionBase = 0;
  for (const p of options) optionBase += scenarioValue(p, underlying, 0, 0);
  let worstLoss = Number.NEGATIVE_INFINITY;
  let worstPriceMove = 0;
  let worstVolShift = 0;
  const pnlGrid: number[][] = [];
  for (const move of priceMoves) {
    const row: number[] = [];
    for (const shift of volShifts) {
      let pnl = linearValue * move;
      if (options.length > 0) {
        let optionValue = 0;
        for (const p of options) optionValue += scenarioValue(p, underlying, move, shift);
        pnl += optionValue - optionBase;
      }
      // Ties (within rounding) keep the earlier grid point, so results do not flip on the last bit.
      if (worstLoss === Number.NEGATIVE_INFINITY || -pnl > worstLoss + 1e-9 * Math.max(1, Math.abs(worstLoss))) {
        worstLoss = -pnl;
        worstPriceMove = move;
        worstVolShift = shift;
      }
      row.push(pnl);
    }
    pnlGrid.push(row);
  }
  const minimum = group.positions.filter(isOption).reduce((s, p) => s + MINIMUM_PER_CONTRACT * p.multiplier * Math.abs(p.quantity), 0);
  return {
    underlyingId: group.underlyingId,
    symbol: group.symbol ?? group.underlyingId,
    worstLoss,
    worstPriceMove,
    worstVolShift,
    requirement: Math.max(0, worstLoss, minimum),
    pnlGrid,
  };
}

/**
 * Portfolio-margin core (FINRA 4210(g), OCC TIMS): positions in equities,
 * ETFs, indexes and options are grouped by underlying (a stock and its
 * options share a group keyed by the stock's instrument id) and each group is
 * revalued on the policy grid of price moves × relative vol shifts; options
 * at Black–Scholes with time to expiry unchanged. Offsets exist only inside a
 * group. Ties in the worst loss (within 1e-9 relative) keep the first grid
 * point (price moves, then vol shifts, in policy order). Other asset classes are not portfolio-margin
 * eligible and take their house maintenance rate (`ASSET_CLASS_RATE` lines).
 *
 * Positions are assumed validated (checkPositions) and the policy resolved.
 */
export function evaluateScenarioGroups(positions: readonly MarginPosition[], prices: PriceMap, policy: MarginPolicy): ScenarioEvaluation {
  const groups = new Map<string, Group>();
  const otherLines: RequirementLine[] = [];
  positions.forEach((p, i) => {
    if (!isOption(p) && !GRID_CLASSES.has(p.assetClass.toLowerCase())) {
      const rate = assetClassRate(policy, p.assetClass, `positions[${i}].assetClass`);
      const requirement = rate.maintenance * Math.abs(marketValueOf(p));
      otherLines.push({ instrumentId: p.instrumentId, symbol: p.symbol, rule: 'ASSET_CLASS_RATE', initial: requirement, maintenance: requirement });
      return;
    }
    const key = groupKeyOf(p);
    const group = groups.get(key) ?? { underlyingId: key, symbol: undefined, positions: [] };
    group.positions.push(p);
    if (!isOption(p) && group.symbol === undefined) group.symbol = p.symbol;
    groups.set(key, group);
  });
  return { groups: [...groups.values()].map((g) => evaluateGroup(g, prices, policy)), otherLines };
}
