import { badInput } from '@nautilus/runtime';
import { checkNumber } from './checkNumber.ts';
import { resolveHaircutPolicy } from './haircutPolicy.ts';
import { describeHaircut } from './haircutRate.ts';
import type { CollateralHolding, HaircutLine, HaircutPolicy, HaircutResult, PriceMap } from './types.ts';

export type { CollateralHolding, HaircutLine, HaircutPolicy, HaircutResult } from './types.ts';
export { haircutRate } from './haircutRate.ts';

function checkHolding(h: CollateralHolding, i: number): void {
  const at = `holdings[${i}]`;
  if (h === null || typeof h !== 'object') throw badInput(at, 'must be a holding object');
  if (typeof h.holdingId !== 'string' || h.holdingId === '') throw badInput(`${at}.holdingId`, 'must be a non-empty string');
  if (h.kind !== 'CASH' && h.kind !== 'SECURITY') throw badInput(`${at}.kind`, `must be CASH or SECURITY, got ${String(h.kind)}`);
  if (typeof h.currency !== 'string' || h.currency.trim() === '') throw badInput(`${at}.currency`, `must be a currency code (${h.holdingId})`);
  checkNumber(h.quantity, `${at}.quantity`, { min: 0 });
  if (h.price !== undefined) checkNumber(h.price, `${at}.price`, { min: 0 });
  if (h.maturityYears !== undefined) checkNumber(h.maturityYears, `${at}.maturityYears`, { min: 0 });
}

/** Unit price: the holding's own, else `prices` by instrument, else 1 for cash; undefined for an unpriced security or one marked `unpriced`. */
function unitPrice(h: CollateralHolding, prices: PriceMap | undefined): number | undefined {
  if (h.unpriced !== undefined) return undefined;
  if (h.price !== undefined) return h.price;
  if (h.kind === 'CASH') return 1;
  const price = h.instrumentId === undefined ? undefined : prices?.get(h.instrumentId);
  if (price === undefined) return undefined;
  return checkNumber(price, `prices[${JSON.stringify(h.instrumentId)}]`, { min: 0 });
}

/**
 * Values posted collateral after haircuts: for each holding
 * collateralValue = marketValue × (1 − haircutRate − fxHaircut − concentrationHaircut), floored at 0.
 *
 * - haircutRate: Basel CRE22.49 supervisory haircut ({@link describeHaircut});
 *   ineligible holdings (rate 1) count 0 and carry a `reason`. A security with
 *   no price (neither `price` nor `prices`) is ineligible, value 0, rather than
 *   failing the whole valuation.
 * - fxHaircut: the 8% currency-mismatch add-on (Basel CRE22, comprehensive
 *   approach) when the holding's currency ≠ `policy.accountCurrency`.
 * - concentrationHaircut (house rule): holdings are summed per security
 *   (instrumentId, else symbol, else holdingId; cash is exempt); the part of a
 *   security's value above `concentrationShare` × total eligible market value
 *   (cash included) takes an extra `concentrationHaircut`, reported as a rate on
 *   each of its holdings' whole market value.
 *
 * Prices are per unit in the account currency (foreign cash: pass the FX rate as `price`).
 *
 * @throws AppError BAD_USER_INPUT naming `holdings[i].…` for negative or non-finite quantities and prices, bad kinds or currencies.
 */
export function applyHaircuts(holdings: CollateralHolding[], prices?: PriceMap, policy?: Partial<HaircutPolicy>): HaircutResult {
  if (!Array.isArray(holdings)) throw badInput('holdings', 'must be an array');
  const resolved = resolveHaircutPolicy(policy);
  const base = holdings.map((h, i) => {
    checkHolding(h, i);
    const price = unitPrice(h, prices);
    const marketValue = price === undefined ? 0 : h.quantity * price;
    const haircut = price === undefined ? { rate: 1, eligible: false, reason: h.unpriced ?? `no price for ${h.symbol ?? h.instrumentId ?? h.holdingId}` } : describeHaircut(h, resolved);
    const fxHaircut = haircut.eligible && h.currency.trim().toUpperCase() !== resolved.accountCurrency ? resolved.fxHaircut : 0;
    const security = h.kind === 'SECURITY' ? (h.instrumentId ?? h.symbol ?? h.holdingId) : undefined;
    return { h, marketValue, haircut, fxHaircut, security };
  });
  const eligibleTotal = base.reduce((s, b) => s + (b.haircut.eligible ? b.marketValue : 0), 0);
  const perSecurity = new Map<string, number>();
  for (const b of base) if (b.haircut.eligible && b.security !== undefined) perSecurity.set(b.security, (perSecurity.get(b.security) ?? 0) + b.marketValue);

  const lines: HaircutLine[] = base.map(({ h, marketValue, haircut, fxHaircut, security }) => {
    let concentrationHaircut = 0;
    const securityValue = security === undefined ? 0 : (perSecurity.get(security) ?? 0);
    if (haircut.eligible && securityValue > 0) {
      const excess = Math.max(0, securityValue - resolved.concentrationShare * eligibleTotal);
      concentrationHaircut = (excess * resolved.concentrationHaircut) / securityValue;
    }
    const collateralValue = haircut.eligible ? Math.max(0, marketValue * (1 - haircut.rate - fxHaircut - concentrationHaircut)) : 0;
    return {
      holdingId: h.holdingId,
      marketValue,
      haircutRate: haircut.rate,
      fxHaircut,
      concentrationHaircut,
      collateralValue,
      eligible: haircut.eligible,
      ...(haircut.reason === undefined ? {} : { reason: haircut.reason }),
    };
  });
  return {
    lines,
    marketValue: lines.reduce((s, l) => s + l.marketValue, 0),
    collateralValue: lines.reduce((s, l) => s + l.collateralValue, 0),
  };
}
