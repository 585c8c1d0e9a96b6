import { checkNumber } from './checkNumber.ts';
import type { BuyingPower, BuyingPowerInput } from './types.ts';

/** Minimum equity of a pattern day trader, FINRA Rule 4210(f)(8)(B)(iv)(a). */
export const PATTERN_DAY_TRADER_MINIMUM_EQUITY = 25_000;

/**
 * Buying power of a margin account:
 * - excess = equity − initial requirement; maintenanceExcess = equity − maintenance requirement;
 * - buyingPower = max(0, excess) / initialRate (Reg T: $1 of excess buys $2 of marginable stock at 50%);
 * - dayTradingBuyingPower (pattern day traders only, FINRA 4210(f)(8)(B)(iv)):
 *   4 × max(0, maintenanceExcess), and 0 when equity is below $25,000.
 *
 * @throws AppError BAD_USER_INPUT naming the field for non-finite inputs or initialRate outside (0, 1].
 */
export function computeBuyingPower(input: BuyingPowerInput): BuyingPower {
  const equity = checkNumber(input.equity, 'equity');
  const initial = checkNumber(input.initialRequirement, 'initialRequirement');
  const maintenance = checkNumber(input.maintenanceRequirement, 'maintenanceRequirement');
  const initialRate = checkNumber(input.initialRate, 'initialRate', { min: 0, max: 1, minExclusive: true });
  const excess = equity - initial;
  const maintenanceExcess = equity - maintenance;
  const dayTrading = input.isPatternDayTrader === true && equity >= PATTERN_DAY_TRADER_MINIMUM_EQUITY;
  return {
    excess,
    maintenanceExcess,
    buyingPower: Math.max(0, excess) / initialRate,
    dayTradingBuyingPower: dayTrading ? 4 * Math.max(0, maintenanceExcess) : 0,
  };
}
