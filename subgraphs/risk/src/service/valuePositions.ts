import { badInput } from '@nautilus/runtime';
import type { DailyClose } from '@nautilus/marketdata/reads';
import { linearGreeks, priceOption, toCurrencyGreeks, yearsToExpiry, type UnitGreeks } from '../domain/computeOptionGreeks.ts';
import { TRADING_DAYS } from '../domain/estimateRisk.ts';
import type { InstrumentTerms } from './findOptionInputs.ts';
import type { Holding } from '../domain/toHeldPositions.ts';
import type { CurrencyGreeks, RiskPosition, Valuation } from './types.ts';

/** Asset class and currency recorded for an instrument marketdata does not know (never sent by the gateway). */
export const UNKNOWN = 'unknown';

export interface RiskFactorMap {
  /** Instrument ids of the risk factors (the rows of the return matrix), in order of first use. */
  factorIds: number[];
  /** Factor index of each holding: its own instrument, or an option's underlying. */
  factorOf: number[];
  /** Option holdings' instrument ids (their own closes matter for CLOSE valuation). */
  optionIds: number[];
  /** LIVE underlying prices the book itself supplies: last prices of held linear instruments. */
  heldPrices: Map<number, number>;
}

/**
 * Maps holdings onto risk factors: a holding with an option contract moves
 * with its underlying, anything else with itself. A covered call's stock and
 * call therefore share one factor, and their deltas net. Pure.
 */
export function mapRiskFactors(holdings: readonly Holding[], terms: readonly (InstrumentTerms | null)[]): RiskFactorMap {
  const index = new Map<number, number>();
  const factorIds: number[] = [];
  const optionIds: number[] = [];
  const heldPrices = new Map<number, number>();
  const factorOf = holdings.map((h, i) => {
    const option = terms[i]?.option;
    if (option) optionIds.push(h.instrumentId);
    else if (h.lastPrice !== null) heldPrices.set(h.instrumentId, h.lastPrice);
    const id = option ? option.underlyingId : h.instrumentId;
    let f = index.get(id);
    if (f === undefined) {
      index.set(id, (f = factorIds.length));
      factorIds.push(id);
    }
    return f;
  });
  return { factorIds, factorOf, optionIds, heldPrices };
}

/** What the report stores about an option position (inputs.positions[i].option). */
export interface OptionValuation {
  underlyingId: number;
  underlyingSymbol: string;
  right: 'call' | 'put';
  strike: number;
  /** YYYY-MM-DD. */
  expiry: string;
  spot: number;
  volatility: number;
  yearsToExpiry: number;
  /** Black-Scholes value per unit. */
  modelPrice: number;
}

/** A holding valued and mapped onto its risk factor. */
export interface ValuedPosition extends RiskPosition {
  factor: number;
  delta: number;
  gamma: number;
  /** Units per contract applied to the value (options only; linear holdings use 1, as portfolio's marketValue does). */
  multiplier: number;
  /** Stress and exposure class: the instrument's, or an option's underlying's. */
  assetClass: string;
  currency: string;
  /** Symbol of the risk factor (a linear holding's own symbol). */
  underlying: string;
  priceSource: 'live' | 'close' | 'model';
  greeks: CurrencyGreeks;
  option: OptionValuation | null;
  /** P&L of an instantaneous simple move of the factor's price (full Black-Scholes revaluation for options). */
  pnlAt(move: number): number;
}

export interface RiskFactor {
  instrumentId: number;
  symbol: string;
  /** Price used for the factor: live, or the close on or before asOf. */
  spot: number;
  /** Annualised σ of its daily returns over the lookback (sample, n − 1). */
  volatility: number;
}

export interface ValuePositionsOptions {
  holdings: readonly Holding[];
  terms: readonly (InstrumentTerms | null)[];
  factors: RiskFactorMap;
  /** returns[f][t], aligned, over the lookback up to asOf. */
  returns: readonly (readonly number[])[];
  valuation: Valuation;
  asOf: Date;
  riskFreeRate: number;
  /** Daily closes on or before asOf per instrument id (the factors, and the options for CLOSE). */
  closes: ReadonlyMap<number, readonly DailyClose[]>;
  /** LIVE: latest prices of option underlyings the book does not hold. */
  underlyingPrices: ReadonlyMap<number, number>;
}

/** Annualised sample standard deviation of daily returns. */
export function annualisedVolatility(returns: readonly number[]): number {
  const n = returns.length;
  if (n < 2) return 0;
  const mean = returns.reduce((s, r) => s + r, 0) / n;
  const variance = returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (n - 1);
  return Math.sqrt(variance * TRADING_DAYS);
}

/**
 * Values every holding and maps it onto its risk factor. Pure.
 * - Prices: LIVE uses the last prices federation handed over (an unheld
 *   underlying: its latest price from marketdata); CLOSE the last daily close
 *   on or before asOf. Positions are today's either way (quantities are not
 *   reconstructed as of a past asOf).
 * - Linear holding: value = δ = q·price, Γ = 0, its own factor.
 * - Option (an `option_contract` row): Black-Scholes-Merton with the
 *   underlying's price S, its volatility over the lookback, `riskFreeRate`,
 *   T = years to 16:00 UTC of expiry (priceOption). value = q·m·price, where
 *   price is the option's own last price (LIVE) or close (CLOSE), else the
 *   model price; δ = q·m·Δ·S, Γ = q·m·Γ·S² on the underlying's factor.
 * @throws BAD_USER_INPUT naming `positions`: a linear holding without a live
 *   price, an option whose underlying has no price or (unexpired) no price
 *   variation over the lookback; naming `asOf`: no close on or before it.
 */
export function valuePositions(options: ValuePositionsOptions): { positions: ValuedPosition[]; factors: RiskFactor[] } {
  const { holdings, terms, factors: map, returns, valuation, asOf, riskFreeRate, closes, underlyingPrices } = options;
  const lastClose = (id: number) => closes.get(id)?.at(-1)?.close;
  const symbols = new Map<number, string>();
  holdings.forEach((h, i) => {
    const option = terms[i]?.option;
    if (option) symbols.set(map.factorIds[map.factorOf[i]!]!, option.underlyingSymbol);
    else symbols.set(h.instrumentId, h.symbol);
  });
  const factors: RiskFactor[] = map.factorIds.map((id, f) => {
    const symbol = symbols.get(id)!;
    const spot = valuation === 'CLOSE' ? lastClose(id) : (map.heldPrices.get(id) ?? underlyingPrices.get(id));
    return { instrumentId: id, symbol, spot: spot ?? Number.NaN, volatility: annualisedVolatility(returns[f] ?? []) };
  });
  const positions = holdings.map((h, i): ValuedPosition => {
    const t = terms[i];
    const f = map.factorOf[i]!;
    const factor = factors[f]!;
    const base = { instrumentId: h.instrumentId, symbol: h.symbol, quantity: h.quantity, factor: f, currency: t?.currency ?? UNKNOWN, underlying: factor.symbol };
    if (!t?.option) {
      const price = valuation === 'CLOSE' ? lastClose(h.instrumentId) : h.lastPrice;
      if (price === undefined) throw badInput('asOf', `${h.symbol} has no daily close on or before ${asOf.toISOString()}`);
      if (price === null) throw badInput('positions', `${h.symbol} has no last price, so it cannot be valued`);
      const value = h.quantity * price;
      return {
        ...base, price, value, delta: value, gamma: 0, multiplier: 1, assetClass: t?.assetClass ?? UNKNOWN,
        priceSource: valuation === 'CLOSE' ? 'close' : 'live', greeks: linearGreeks(value), option: null, pnlAt: (move) => value * move,
      };
    }
    const o = t.option;
    const spot = factor.spot;
    if (!Number.isFinite(spot)) {
      if (valuation === 'CLOSE') throw badInput('asOf', `${o.underlyingSymbol}, the underlying of ${h.symbol}, has no daily close on or before ${asOf.toISOString()}`);
      throw badInput('positions', `${o.underlyingSymbol}, the underlying of ${h.symbol}, has no price, so the option cannot be valued`);
    }
    const years = yearsToExpiry(o.expiry, asOf);
    if (years > 0 && !(factor.volatility > 0)) {
      throw badInput('positions', `${o.underlyingSymbol}, the underlying of ${h.symbol}, has no price variation over the lookback, so the option cannot be priced`);
    }
    const model = (s: number): UnitGreeks => priceOption({ right: o.right, spot: s, strike: o.strike, rate: riskFreeRate, volatility: factor.volatility, years });
    const unit = model(spot);
    const observed = valuation === 'CLOSE' ? lastClose(h.instrumentId) : h.lastPrice;
    const price = observed ?? unit.price;
    const units = h.quantity * t.multiplier;
    const greeks = toCurrencyGreeks(unit, h.quantity, t.multiplier, spot);
    return {
      ...base,
      price,
      value: units * price,
      delta: greeks.delta,
      gamma: units * unit.gamma * spot * spot,
      multiplier: t.multiplier,
      assetClass: o.underlyingAssetClass,
      priceSource: observed == null ? 'model' : valuation === 'CLOSE' ? 'close' : 'live',
      greeks,
      option: {
        underlyingId: o.underlyingId, underlyingSymbol: o.underlyingSymbol, right: o.right, strike: o.strike, expiry: o.expiry.toISOString().slice(0, 10),
        spot, volatility: factor.volatility, yearsToExpiry: years, modelPrice: unit.price,
      },
      // Revalued from the model price, so a zero move is a zero P&L whatever the market price.
      pnlAt: (move) => units * (model(spot * (1 + move)).price - unit.price),
    };
  });
  return { positions, factors };
}
