import type { StressResult } from '../service/types.ts';

/**
 * Stress classes: marketdata's `instrument.asset_class` mapped onto the
 * classes the scenarios shock. equity, etf and index → equity (an ETF's
 * underlying is not known here, so it is treated as a broad equity holding);
 * future → commodity (the seeded futures are commodity futures); fx and
 * crypto → other (not shocked by the built-in scenarios: they have no agreed
 * historical move). An option takes its underlying's class and is revalued
 * at the shocked underlying price (createRiskReport passes `pnlAt`); an
 * `option` instrument without contract terms stays other.
 */
export type StressClass = 'equity' | 'bond' | 'commodity' | 'other';

export function toStressClass(assetClass: string | undefined): StressClass {
  switch (assetClass) {
    case 'equity':
    case 'etf':
    case 'index':
      return 'equity';
    case 'bond':
      return 'bond';
    case 'commodity':
    case 'future':
      return 'commodity';
    default:
      return 'other';
  }
}

/** Modified duration assumed for every bond holding in the rates scenario (a 7-year aggregate-index proxy). */
export const ASSUMED_BOND_DURATION = 7;

/**
 * Built-in scenarios as instantaneous simple returns per stress class.
 * - "2008 crisis": S&P 500 −40% (2008 calendar year ≈ −38.5%), commodities −20%,
 *   Treasuries +5% (flight to quality).
 * - "2020 crash": S&P 500 −34% (19 Feb → 23 Mar 2020), commodities −20%, bonds +3%.
 * - "Rates +200bp": bond price change ≈ −D·Δy = −7 × 0.02 = −14% (first-order
 *   duration approximation, Hull *Options, Futures…* ch. 4), equities −5%.
 */
export const BUILT_IN_SCENARIOS: ReadonlyArray<{ name: string; shocks: Readonly<Record<StressClass, number>> }> = [
  { name: '2008 crisis', shocks: { equity: -0.4, bond: 0.05, commodity: -0.2, other: 0 } },
  { name: '2020 crash', shocks: { equity: -0.34, bond: 0.03, commodity: -0.2, other: 0 } },
  { name: 'Rates +200bp', shocks: { equity: -0.05, bond: -ASSUMED_BOND_DURATION * 0.02, commodity: 0, other: 0 } },
];

/** A position as the scenarios see it. */
export interface StressPosition {
  symbol: string;
  value: number;
  /** Symbol whose user shock moves this position (an option's underlying); default its own. */
  shockSymbol?: string;
  /** P&L of a simple move of the shocked price (full revaluation); default value × move. */
  pnlAt?: (move: number) => number;
}

export interface ComputeStressOptions {
  positions: readonly StressPosition[];
  /** Stress class per symbol (missing → other). */
  classes: ReadonlyMap<string, StressClass>;
  /** A user scenario: simple return per symbol (unlisted symbols unchanged). */
  userShocks?: ReadonlyArray<{ symbol: string; return: number }> | null;
}

/**
 * Revalues the positions under each scenario: P&L = Σ vᵢ·shockᵢ for linear
 * holdings, Σ pnlAtᵢ(shockᵢ) where given (options: Black-Scholes at the
 * shocked underlying price, same volatility and time). Pure. Returns the
 * built-in scenarios, then "User shocks" when given (an option moves with the
 * shock of its underlying's symbol).
 */
export function computeStress({ positions, classes, userShocks }: ComputeStressOptions): StressResult[] {
  const value = positions.reduce((s, p) => s + p.value, 0);
  const result = (scenario: string, shockOf: (p: StressPosition) => number): StressResult => {
    const pnl = positions.reduce((s, p) => {
      const move = shockOf(p);
      return s + (move === 0 ? 0 : p.pnlAt ? p.pnlAt(move) : p.value * move);
    }, 0);
    return { scenario, pnl, return: value === 0 ? 0 : pnl / value };
  };
  const out = BUILT_IN_SCENARIOS.map((s) => result(s.name, (p) => s.shocks[classes.get(p.symbol) ?? 'other']));
  if (userShocks && userShocks.length > 0) {
    const bySymbol = new Map(userShocks.map((s) => [s.symbol, s.return]));
    out.push(result('User shocks', (p) => bySymbol.get(p.shockSymbol ?? p.symbol) ?? 0));
  }
  return out;
}
