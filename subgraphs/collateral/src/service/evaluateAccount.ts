import { DAYS_PER_YEAR, yearsToExpiry } from '@nautilus/accel';
import { applyHaircuts, type CollateralHolding } from '../domain/margin/applyHaircuts.ts';
import { computeBuyingPower, PATTERN_DAY_TRADER_MINIMUM_EQUITY } from '../domain/margin/computeBuyingPower.ts';
import { MARGIN_MINIMUM_EQUITY } from '../domain/margin/evaluatePatternDayTrader.ts';
import { computeRequirement } from '../domain/margin/computeRequirement.ts';
import { resolveMarginPolicy, type MarginPolicy } from '../domain/margin/marginPolicy.ts';
import type { MarginPosition, PriceMap } from '../domain/margin/types.ts';
import { FALLBACK_VOLATILITY } from './findMarketStatistics.ts';
import type { FxRate } from './fxRates.ts';
import type { AccountBook, AccountEvaluation, BookPosition } from './types.ts';

const YEAR_MS = DAYS_PER_YEAR * 86_400_000;

/** Utilisation reported when equity is zero or negative (the account is past any requirement). */
export const UTILIZATION_CAP = 1_000;

export interface EvaluateAccountInput {
  book: AccountBook;
  prices: PriceMap;
  /** Epoch ms of the latest price used. */
  asOf: number;
  /** Epoch ms "now" (option time to expiry). */
  now: number;
  volatility: ReadonlyMap<string, number>;
  policy?: Partial<MarginPolicy>;
  /** Reg T accounts: whether the account is a pattern day trader. */
  isPatternDayTrader?: boolean;
  /**
   * The collateral valuation, when the caller knows it has not changed since it
   * was computed (the monitor caches it until a collateral security ticks).
   */
  collateral?: CollateralValuation;
  /** Converts collateral in other currencies into the account's (without it, only same-currency collateral counts). */
  fxRate?: FxRate;
}

export type CollateralValuation = ReturnType<typeof applyHaircuts>;

/**
 * Collateral after haircuts, as {@link evaluateAccount} computes it: every
 * holding priced in the account's currency at the latest FX rate (foreign
 * holdings also take the currency-mismatch haircut); a holding whose currency
 * cannot be converted is ineligible rather than counted at par.
 */
export function valueCollateral(book: AccountBook, prices: PriceMap, now: number, fxRate: FxRate = sameCurrencyOnly): CollateralValuation {
  return applyHaircuts(toCollateralHoldings(book, prices, now, fxRate), prices, { accountCurrency: book.account.currency });
}

const sameCurrencyOnly: FxRate = (from, to) => (from === to ? 1 : undefined);

/**
 * Values one account: positions at the given prices, collateral after
 * haircuts, the requirement under the account's methodology, and whether the
 * figures warrant a call (before hysteresis, which the monitor applies).
 * Pure: the monitor calls it on every tick that moves the account.
 */
export function evaluateAccount(input: EvaluateAccountInput): AccountEvaluation & { positions: MarginPosition[]; holdings: ReturnType<typeof applyHaircuts> } {
  const { book, prices, now } = input;
  const { account } = book;
  const positions = pricePositions(book.positions, prices, input.volatility, now);
  const policy = resolveMarginPolicy(input.policy);
  const requirement = computeRequirement(account.methodology, positions, prices, policy);
  const holdings = input.collateral ?? valueCollateral(book, prices, now, input.fxRate);
  const equity = requirement.marketValue + book.cash + holdings.collateralValue;
  const houseRequirement = requirement.maintenance * account.houseMultiplier;
  const hasMarginExposure = requirement.maintenance > 0 || book.cash < 0;
  const minimumEquity =
    account.methodology === 'REG_T' && hasMarginExposure ? (input.isPatternDayTrader ? PATTERN_DAY_TRADER_MINIMUM_EQUITY : MARGIN_MINIMUM_EQUITY) : 0;
  const power = computeBuyingPower({
    equity,
    initialRequirement: requirement.initial,
    maintenanceRequirement: houseRequirement,
    initialRate: policy.regT.initialRate,
    isPatternDayTrader: input.isPatternDayTrader ?? false,
  });
  let breach: AccountEvaluation['breach'] = null;
  if (equity < minimumEquity) {
    breach = { kind: 'REGULATORY', requirement: minimumEquity, deficit: Math.max(minimumEquity, houseRequirement) - equity };
  } else if (equity < requirement.maintenance) {
    breach = { kind: 'MAINTENANCE', requirement: houseRequirement, deficit: houseRequirement - equity };
  } else if (equity < houseRequirement) {
    breach = { kind: 'HOUSE', requirement: houseRequirement, deficit: houseRequirement - equity };
  }
  return {
    accountId: account.id,
    asOf: input.asOf,
    marketValue: requirement.marketValue,
    cash: book.cash,
    collateralMarketValue: holdings.marketValue,
    collateralValue: holdings.collateralValue,
    equity,
    requirement,
    houseRequirement,
    minimumEquity,
    excess: equity - houseRequirement,
    buyingPower: power.buyingPower,
    dayTradingBuyingPower: power.dayTradingBuyingPower,
    utilization: utilizationOf(houseRequirement, equity),
    breach,
    positions,
    holdings,
  };
}

/** House requirement over equity; 0 without a requirement, capped when equity is gone. */
export function utilizationOf(requirement: number, equity: number): number {
  if (requirement <= 0) return 0;
  if (equity <= 0) return UTILIZATION_CAP;
  return Math.min(requirement / equity, UTILIZATION_CAP);
}

/** Positions with prices (unpriced ones are left out: the monitor logs them), options with time and volatility. */
function pricePositions(positions: readonly BookPosition[], prices: PriceMap, volatility: ReadonlyMap<string, number>, now: number): MarginPosition[] {
  const priced: MarginPosition[] = [];
  for (const p of positions) {
    const price = prices.get(p.instrumentId);
    if (price === undefined || !(price > 0)) continue;
    const position: MarginPosition = { instrumentId: p.instrumentId, symbol: p.symbol, assetClass: p.assetClass, quantity: p.quantity, multiplier: p.multiplier, price };
    if (p.option) {
      if (!prices.has(p.option.underlyingId)) continue;
      position.option = { ...p.option, yearsToExpiry: Math.max(0, yearsToExpiry(p.optionExpiry ?? now, now)), volatility: volatility.get(p.option.underlyingId) ?? FALLBACK_VOLATILITY };
    } else {
      position.volatility = volatility.get(p.instrumentId) ?? FALLBACK_VOLATILITY;
    }
    priced.push(position);
  }
  return priced;
}

function toCollateralHoldings(book: AccountBook, prices: PriceMap, now: number, fxRate: FxRate): CollateralHolding[] {
  const target = book.account.currency;
  return book.holdings.map((h) => {
    const rate = fxRate(h.currency, target);
    const unpriced = rate === undefined ? `no FX rate from ${h.currency} into ${target}` : undefined;
    if (!h.instrumentId) return { holdingId: `cash:${h.currency}`, kind: 'CASH' as const, currency: h.currency, quantity: h.quantity, price: rate ?? 1, unpriced };
    const local = prices.get(h.instrumentId);
    return {
      holdingId: h.instrumentId,
      kind: 'SECURITY' as const,
      instrumentId: h.instrumentId,
      symbol: h.symbol ?? undefined,
      assetClass: h.assetClass ?? undefined,
      currency: h.currency,
      quantity: h.quantity,
      // Unpriced, or no rate into the account's currency: the holding is ineligible.
      price: local === undefined || rate === undefined ? undefined : local * rate,
      unpriced,
      rating: h.rating ?? undefined,
      maturityYears: h.maturity ? Math.max(0, (h.maturity.getTime() - now) / YEAR_MS) : undefined,
    };
  });
}
