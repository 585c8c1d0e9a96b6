import { badInput } from '@nautilus/runtime';
import { checkNumber } from './checkNumber.ts';
import type { AssetClassRate, MarginPolicy, MarginPolicyOverrides } from './types.ts';

export type { MarginPolicy, MarginPolicyOverrides } from './types.ts';

/**
 * Regulatory minimums plus documented house defaults.
 *
 * - `regT`: Regulation T §220.12(a)/(c) 50% initial on long and short margin
 *   equity; FINRA Rule 4210(c)(1) 25% long maintenance; 4210(c)(3) 30% short
 *   maintenance (the $2.50/$5.00 per-share floors of 4210(c)(2)/(3) are fixed
 *   in shortStockMaintenance.ts).
 * - `assetClassRates` (house defaults; applied to |market value| of long and
 *   short positions alike):
 *   - `bond` 20% / 10%: between FINRA 4210(e)(2)'s government (1–6%) and
 *     corporate (greater of 20% of market value or 7% of principal) levels;
 *   - `index` 50% / 25%: an index position is treated like a broad long equity;
 *   - `future` 12% / 10%: a stand-in for exchange (SPAN) margin, which is set
 *     per contract by the clearing house;
 *   - `fx` 5% / 5%: the CFTC §5.9 / NFA 2-43 retail forex security deposit for
 *     non-major pairs (2% majors), applied to all pairs;
 *   - `commodity` 50% / 30%: treated like short-equity maintenance;
 *   - `crypto` 100% / 100%: not marginable, positions must be fully paid;
 *   - `default` 100% / 100%: anything unrecognised is not marginable.
 * - `concentration`: house add-on of 15% of the exposure above 25% of gross
 *   exposure (accounts with ≥ 2 names) or above $10,000,000.
 * - `scenario`: FINRA 4210(g) / OCC TIMS equity valuation points, ±15% in 10
 *   equal steps (plus 0), crossed with relative implied-volatility shifts of
 *   −25%, 0, +25% (house choice modelled on OCC's volatility shocks; 4210(g)
 *   leaves the vol shift to the approved theoretical pricing model).
 * - `crossMargin`: credit 80% × ρ × min(group requirements) for groups with
 *   ρ ≥ 0.7 whose worst cases lie on opposite sides (house rule).
 */
export const DEFAULT_MARGIN_POLICY: Readonly<MarginPolicy> = deepFreeze({
  regT: { initialRate: 0.5, longMaintenanceRate: 0.25, shortMaintenanceRate: 0.3 },
  assetClassRates: {
    bond: { initial: 0.2, maintenance: 0.1 },
    index: { initial: 0.5, maintenance: 0.25 },
    future: { initial: 0.12, maintenance: 0.1 },
    fx: { initial: 0.05, maintenance: 0.05 },
    commodity: { initial: 0.5, maintenance: 0.3 },
    crypto: { initial: 1, maintenance: 1 },
    default: { initial: 1, maintenance: 1 },
  },
  concentration: { thresholdShare: 0.25, thresholdValue: 10_000_000, addOnRate: 0.15 },
  scenario: {
    priceMoves: [-0.15, -0.12, -0.09, -0.06, -0.03, 0, 0.03, 0.06, 0.09, 0.12, 0.15],
    volShifts: [-0.25, 0, 0.25],
  },
  crossMargin: { minCorrelation: 0.7, creditRate: 0.8 },
  houseMaintenanceMultiplier: 1,
});

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child as object);
  return Object.freeze(value);
}

function checkRate(rate: AssetClassRate | undefined, field: string): AssetClassRate {
  if (rate === null || typeof rate !== 'object') throw badInput(field, 'must be an object { initial, maintenance }');
  return {
    initial: checkNumber(rate.initial, `${field}.initial`, { min: 0 }),
    maintenance: checkNumber(rate.maintenance, `${field}.maintenance`, { min: 0 }),
  };
}

function checkGrid(values: readonly number[] | undefined, field: string): number[] {
  if (!Array.isArray(values) || values.length === 0) throw badInput(field, 'must be a non-empty array of numbers');
  return values.map((v, i) => checkNumber(v, `${field}[${i}]`, { min: -1, minExclusive: true }));
}

/**
 * Merges `overrides` over {@link DEFAULT_MARGIN_POLICY} (one level deep:
 * `regT`, `concentration`, `scenario`, `crossMargin` field by field;
 * `assetClassRates` key by key, keys lower-cased) and validates the result.
 *
 * @throws AppError BAD_USER_INPUT naming the bad field, e.g. `policy.concentration.addOnRate`.
 */
/** Policies returned by {@link resolveMarginPolicy}. */
const RESOLVED = new WeakSet<object>();
let resolvedDefault: MarginPolicy | undefined;

export function resolveMarginPolicy(overrides?: MarginPolicyOverrides): MarginPolicy {
  if (overrides === undefined) return (resolvedDefault ??= resolveMarginPolicy({}));
  // Already resolved (the monitor resolves once and passes the result on every tick): nothing to check again.
  if (RESOLVED.has(overrides)) return overrides as MarginPolicy;
  const d = DEFAULT_MARGIN_POLICY;
  const regT = { ...d.regT, ...overrides.regT };
  const concentration = { ...d.concentration, ...overrides.concentration };
  const scenario = { ...d.scenario, ...overrides.scenario };
  const crossMargin = { ...d.crossMargin, ...overrides.crossMargin };
  const assetClassRates: Record<string, AssetClassRate> = {};
  for (const [key, rate] of Object.entries({ ...d.assetClassRates, ...overrides.assetClassRates })) {
    assetClassRates[key.toLowerCase()] = checkRate(rate, `policy.assetClassRates.${key}`);
  }
  const multiplier = overrides.houseMaintenanceMultiplier ?? d.houseMaintenanceMultiplier ?? 1;
  const resolved: MarginPolicy = {
    regT: {
      initialRate: checkNumber(regT.initialRate, 'policy.regT.initialRate', { min: 0, max: 1 }),
      longMaintenanceRate: checkNumber(regT.longMaintenanceRate, 'policy.regT.longMaintenanceRate', { min: 0, max: 1 }),
      shortMaintenanceRate: checkNumber(regT.shortMaintenanceRate, 'policy.regT.shortMaintenanceRate', { min: 0, max: 1 }),
    },
    assetClassRates,
    concentration: {
      thresholdShare: checkNumber(concentration.thresholdShare, 'policy.concentration.thresholdShare', { min: 0, max: 1, minExclusive: true }),
      thresholdValue: checkNumber(concentration.thresholdValue, 'policy.concentration.thresholdValue', { min: 0, minExclusive: true }),
      addOnRate: checkNumber(concentration.addOnRate, 'policy.concentration.addOnRate', { min: 0 }),
    },
    scenario: {
      priceMoves: checkGrid(scenario.priceMoves, 'policy.scenario.priceMoves'),
      volShifts: checkGrid(scenario.volShifts, 'policy.scenario.volShifts'),
    },
    crossMargin: {
      minCorrelation: checkNumber(crossMargin.minCorrelation, 'policy.crossMargin.minCorrelation', { min: 0, max: 1 }),
      creditRate: checkNumber(crossMargin.creditRate, 'policy.crossMargin.creditRate', { min: 0, max: 1 }),
    },
    houseMaintenanceMultiplier: checkNumber(multiplier, 'policy.houseMaintenanceMultiplier', { min: 1 }),
  };
  RESOLVED.add(resolved);
  return resolved;
}

/** The rate for `assetClass` (lower-cased), else `default`; throws BAD_USER_INPUT naming `field` when neither exists. */
export function assetClassRate(policy: MarginPolicy, assetClass: string, field: string): AssetClassRate {
  const rate = policy.assetClassRates[assetClass.toLowerCase()] ?? policy.assetClassRates.default;
  if (rate === undefined) throw badInput(field, `no margin rate for asset class "${assetClass}" and no default rate in the policy`);
  return rate;
}
