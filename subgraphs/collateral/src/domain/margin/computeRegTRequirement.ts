import { assembleRequirement } from './assembleRequirement.ts';
import { checkPositions, isOption, marketValueOf, underlyingPriceOf } from './checkPositions.ts';
import { computeConcentrationAddOn } from './computeConcentrationAddOn.ts';
import { assetClassRate, resolveMarginPolicy } from './marginPolicy.ts';
import { nakedOptionRequirementPerShare } from './nakedOptionRequirement.ts';
import { shortStockMaintenancePerShare } from './shortStockMaintenance.ts';
import type { MarginPolicy, MarginPolicyOverrides, MarginPosition, MarginRequirement, PriceMap, RequirementLine } from './types.ts';

const STOCK_CLASSES = new Set(['equity', 'etf']);

function line(p: MarginPosition, rule: string, initial: number, maintenance: number): RequirementLine {
  return { instrumentId: p.instrumentId, symbol: p.symbol, rule, initial, maintenance };
}

/** Stock and other non-option positions. */
function holdingLine(p: MarginPosition, index: number, policy: MarginPolicy): RequirementLine {
  const value = Math.abs(marketValueOf(p));
  const { initialRate, longMaintenanceRate, shortMaintenanceRate } = policy.regT;
  if (STOCK_CLASSES.has(p.assetClass.toLowerCase())) {
    if (p.quantity >= 0) return line(p, 'LONG_EQUITY', initialRate * value, longMaintenanceRate * value);
    const shares = Math.abs(p.quantity * p.multiplier);
    const maintenance = shares * shortStockMaintenancePerShare(p.price, shortMaintenanceRate);
    // Reg T §220.12(c): 150% of value deposited including the proceeds, i.e. 50% on top; never below maintenance.
    return line(p, 'SHORT_EQUITY', Math.max(initialRate * value, maintenance), maintenance);
  }
  const rate = assetClassRate(policy, p.assetClass, `positions[${index}].assetClass`);
  return line(p, 'ASSET_CLASS_RATE', Math.max(rate.initial, rate.maintenance) * value, rate.maintenance * value);
}

interface ShortOption {
  position: MarginPosition;
  contracts: number;
  perContract: number;
}

/**
 * Short options: pairs contracts with shares of the underlying held in the
 * account (calls with long shares, puts with short shares), most expensive
 * naked requirement first; the rest are naked.
 */
function shortOptionLines(shorts: ShortOption[], longShares: Map<string, number>, shortShares: Map<string, number>): RequirementLine[] {
  const lines: RequirementLine[] = [];
  const ordered = [...shorts].sort((a, b) => b.perContract - a.perContract);
  for (const s of ordered) {
    const o = s.position.option!;
    const pool = o.right === 'CALL' ? longShares : shortShares;
    const available = pool.get(o.underlyingId) ?? 0;
    const covered = Math.min(s.contracts, Math.floor(available / s.position.multiplier + 1e-9));
    pool.set(o.underlyingId, available - covered * s.position.multiplier);
    if (covered > 0) lines.push(line(s.position, o.right === 'CALL' ? 'COVERED_CALL' : 'COVERED_PUT', 0, 0));
    const naked = s.contracts - covered;
    if (naked > 0) {
      const requirement = naked * s.perContract;
      lines.push(line(s.position, o.right === 'CALL' ? 'NAKED_CALL' : 'NAKED_PUT', requirement, requirement));
    }
  }
  return lines;
}

/**
 * Strategy-based (Regulation T / FINRA Rule 4210) margin of one account.
 *
 * - Long equity/etf: initial 50% (Reg T §220.12(a)), maintenance 25% (FINRA 4210(c)(1)).
 * - Short equity/etf: initial 50% of value on top of the proceeds (Reg T §220.12(c):
 *   150% deposited), maintenance FINRA 4210(c)(2)/(3): $2.50/share or 100% below
 *   $5, else the greater of $5.00/share or 30%; initial never below maintenance.
 * - Other asset classes: `policy.assetClassRates` (house table, see
 *   marginPolicy.ts) on |market value|, long and short alike.
 * - Long options: 100% of market value, initial and maintenance (no loan value, FINRA 4210(f)(2)).
 * - Short options: covered calls (short call + 100 × contracts long shares of the
 *   underlying, Reg T §220.4(b)(4)) and puts covered by short shares carry no
 *   option requirement — the shares are margined as stock. Uncovered contracts use
 *   {@link nakedOptionRequirementPerShare}. Spreads are not recognised here (the
 *   long leg is paid for in full, the short leg is naked); portfolio margin nets them.
 * - Concentration add-on: {@link computeConcentrationAddOn}.
 *
 * The requirement is the equity (long value − short value + cash) the account
 * must hold. Option underlying prices come from `prices.get(option.underlyingId)`.
 *
 * @throws AppError BAD_USER_INPUT for bad positions or policy, or a missing underlying price (naming the option).
 */
export function computeRegTRequirement(positions: MarginPosition[], prices: PriceMap, policy?: MarginPolicyOverrides): MarginRequirement {
  checkPositions(positions);
  const resolved = resolveMarginPolicy(policy);
  const lines: RequirementLine[] = [];
  const longShares = new Map<string, number>();
  const shortShares = new Map<string, number>();
  const shorts: ShortOption[] = [];
  positions.forEach((p, i) => {
    if (isOption(p)) return;
    lines.push(holdingLine(p, i, resolved));
    const units = p.quantity * p.multiplier;
    if (units > 0) longShares.set(p.instrumentId, (longShares.get(p.instrumentId) ?? 0) + units);
    if (units < 0) shortShares.set(p.instrumentId, (shortShares.get(p.instrumentId) ?? 0) - units);
  });
  for (const p of positions) {
    if (!isOption(p) || p.quantity === 0) continue;
    const underlying = underlyingPriceOf(p, prices);
    if (p.quantity > 0) {
      const value = marketValueOf(p);
      lines.push(line(p, 'LONG_OPTION', value, value));
      continue;
    }
    const perShare = nakedOptionRequirementPerShare(p.option!.right, p.price, underlying, p.option!.strike);
    shorts.push({ position: p, contracts: -p.quantity, perContract: perShare * p.multiplier });
  }
  lines.push(...shortOptionLines(shorts, longShares, shortShares));
  const marketValue = positions.reduce((s, p) => s + marketValueOf(p), 0);
  return assembleRequirement('REG_T', marketValue, lines, computeConcentrationAddOn(positions, prices, resolved), resolved);
}
