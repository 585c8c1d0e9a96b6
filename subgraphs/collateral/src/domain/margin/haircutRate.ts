import { resolveHaircutPolicy } from './haircutPolicy.ts';
import type { CollateralHolding, HaircutPolicy } from './types.ts';

/** Base haircut of a holding: the rate (1 = ineligible) and why it is ineligible, if it is. */
export interface HaircutDescription {
  rate: number;
  eligible: boolean;
  reason?: string;
}

/** Rating tier: 1 = AAA…AA− / A-1 / P-1, 2 = A+…BBB− / A-2 / A-3 / P-2 / P-3, 3 = BB+…BB−, undefined = lower or unrated. */
const RATING_TIERS: Record<string, 1 | 2 | 3> = {
  AAA: 1, 'AA+': 1, AA: 1, 'AA-': 1, 'A-1+': 1, 'A-1': 1, 'P-1': 1,
  'A+': 2, A: 2, 'A-': 2, 'BBB+': 2, BBB: 2, 'BBB-': 2, 'A-2': 2, 'A-3': 2, 'P-2': 2, 'P-3': 2,
  'BB+': 3, BB: 3, 'BB-': 3,
  // Moody's long-term scale (upper-cased).
  AA1: 1, AA2: 1, AA3: 1,
  A1: 2, A2: 2, A3: 2, BAA1: 2, BAA2: 2, BAA3: 2,
  BA1: 3, BA2: 3, BA3: 3,
};

/** Residual-maturity buckets of Basel CRE22.49: ≤1y, ≤3y, ≤5y, ≤10y, >10y. */
const BUCKET_LIMITS = [1, 3, 5, 10];

/** Basel CRE22.49 debt haircuts by [issuer][tier] over the five maturity buckets. */
const DEBT_HAIRCUTS = {
  SOVEREIGN: { 1: [0.005, 0.02, 0.02, 0.04, 0.04], 2: [0.01, 0.03, 0.03, 0.06, 0.06], 3: [0.15, 0.15, 0.15, 0.15, 0.15] },
  OTHER: { 1: [0.01, 0.03, 0.04, 0.06, 0.12], 2: [0.02, 0.04, 0.06, 0.12, 0.2] },
} as const;

const INELIGIBLE = (reason: string): HaircutDescription => ({ rate: 1, eligible: false, reason });

function debtHaircut(holding: CollateralHolding): HaircutDescription {
  const rating = holding.rating?.trim().toUpperCase();
  const tier = rating ? RATING_TIERS[rating] : undefined;
  if (tier === undefined) return INELIGIBLE(rating ? `bond rated ${holding.rating} is below BB− (or unrecognised): not eligible collateral` : 'unrated bond: not eligible collateral');
  const issuer = holding.issuer === 'SOVEREIGN' ? 'SOVEREIGN' : 'OTHER';
  const table: Partial<Record<1 | 2 | 3, readonly number[]>> = DEBT_HAIRCUTS[issuer];
  const row = table[tier];
  if (row === undefined) return INELIGIBLE(`non-sovereign bond rated ${holding.rating} (BB+ to BB−): not eligible collateral`);
  const years = holding.maturityYears;
  if (years === undefined || !Number.isFinite(years)) {
    return { rate: row[row.length - 1]!, eligible: true, reason: 'maturityYears unknown: the longest maturity bucket is assumed' };
  }
  const bucket = BUCKET_LIMITS.findIndex((limit) => years <= limit);
  return { rate: row[bucket === -1 ? row.length - 1 : bucket]!, eligible: true };
}

/**
 * Base haircut of one collateral holding, before the currency-mismatch and
 * concentration add-ons. Basel Framework CRE22.49 standardised supervisory
 * haircuts (10-business-day holding period, daily mark-to-market):
 *
 * - cash: 0%;
 * - bonds (`assetClass` `bond`, `issuer` SOVEREIGN or OTHER, default OTHER), by
 *   rating and residual maturity ≤1y / ≤3y / ≤5y / ≤10y / >10y:
 *   sovereign AAA…AA−: 0.5, 2, 2, 4, 4%; A+…BBB−: 1, 3, 3, 6, 6%; BB+…BB−: 15%;
 *   other AAA…AA−: 1, 3, 4, 6, 12%; A+…BBB−: 2, 4, 6, 12, 20%;
 *   other below BBB−, anything below BB−, and unrated bonds: not eligible;
 *   unknown maturity: longest bucket;
 * - main-index equities (`equity` with `mainIndex: true`, `etf`, `index`) and gold: 20%;
 *   other listed equities (`equity`): 30%;
 * - `commodity`: 20% (house: treated like gold; Basel recognises only gold);
 * - `crypto`: not eligible (Basel SCO60: group 2 cryptoassets are not
 *   recognised as collateral; all crypto is treated as group 2 here);
 * - `option`, `future`, and any other or missing asset class: not eligible.
 *
 * `policy.assetClassHaircuts` may override the rate of an asset class (1 = ineligible).
 */
export function describeHaircut(holding: CollateralHolding, policy: Partial<HaircutPolicy> = {}): HaircutDescription {
  if (holding.kind === 'CASH') return { rate: 0, eligible: true };
  const assetClass = (holding.assetClass ?? '').trim().toLowerCase();
  const override = resolveHaircutPolicy(policy).assetClassHaircuts?.[assetClass];
  if (override !== undefined) return override >= 1 ? INELIGIBLE(`asset class ${assetClass} is not eligible (house policy)`) : { rate: override, eligible: true };
  switch (assetClass) {
    case 'bond':
      return debtHaircut(holding);
    case 'equity':
      return { rate: holding.mainIndex ? 0.2 : 0.3, eligible: true };
    case 'etf':
    case 'index':
    case 'gold':
    case 'commodity':
      return { rate: 0.2, eligible: true };
    case 'crypto':
      return INELIGIBLE('cryptoassets are not eligible collateral (Basel SCO60, group 2)');
    case 'option':
    case 'future':
      return INELIGIBLE(`${assetClass} positions are not eligible financial collateral`);
    default:
      return INELIGIBLE(assetClass ? `asset class ${assetClass} is not eligible collateral` : 'security without an asset class is not eligible collateral');
  }
}

/** The base haircut rate of {@link describeHaircut} (Basel CRE22.49): 0 for cash … 1 for ineligible holdings. */
export function haircutRate(holding: CollateralHolding, policy: Partial<HaircutPolicy> = {}): number {
  return describeHaircut(holding, policy).rate;
}
