import { AccelError, AccelErrorCode, solveLinearProgram } from '@nautilus/accel';
import { AppError, ErrorCode } from '@nautilus/runtime';
import { allocateNaively } from './allocateNaively.ts';
import { allocationLine, totalCostOf } from './allocationLine.ts';
import { buildAllocationLp, type AllocationPair } from './buildAllocationLp.ts';
import { measureShortfalls } from './measureShortfalls.ts';
import type { AllocationLine, CollateralAllocation, CollateralAllocationInput, CollateralShortfall } from './types.ts';
import { validateAllocationInput } from './validateAllocationInput.ts';

/**
 * Cheapest allocation of collateral assets to requirements: the linear
 * program of {@link buildAllocationLp} (minimise the annual funding /
 * opportunity cost Σ costRate·marketValue subject to haircut-adjusted
 * coverage, availability, per-asset concentration and group limits), solved
 * with HiGHS through accel's `solveLinearProgram`. Also reports the first-fit
 * allocation a back office would make by hand ({@link allocateNaively}) and
 * the saving against it.
 *
 * After the solve, any coverage above a requirement is trimmed from the most
 * expensive pledges first (an LP may over-pledge zero-cost assets for free;
 * trimming only lowers pledges, so every limit still holds and cost never
 * rises), and pledges below 1e-9 of the problem's money scale are dropped.
 *
 * @throws AppError BAD_USER_INPUT for malformed input (see
 *   {@link validateAllocationInput}).
 * @throws AppError COLLATERAL_INSUFFICIENT with `field: 'requirements'` when the
 *   assets cannot cover every requirement under the limits: the message names
 *   each account short and by how much (from {@link measureShortfalls}), and
 *   the extensions carry `shortfalls` and `totalShortfall`.
 */
export async function allocateCollateral(input: CollateralAllocationInput): Promise<CollateralAllocation> {
  validateAllocationInput(input);
  const naive = allocateNaively(input);
  const { program, pairs, scale } = buildAllocationLp(input);
  let marketValues: Float64Array;
  if (pairs.length === 0) {
    marketValues = new Float64Array(0);
    if (input.requirements.some((r) => r.amount > 0)) throw insufficient(input.requirements.filter((r) => r.amount > 0).map((r) => ({ accountId: r.accountId, shortfall: r.amount })));
  } else {
    try {
      marketValues = (await solveLinearProgram(program)).x.map((v) => v * scale);
    } catch (error) {
      if (error instanceof AccelError && error.code === AccelErrorCode.INFEASIBLE) throw insufficient(await measureShortfalls(input));
      throw error;
    }
  }
  trimExcessCoverage(input, pairs, marketValues);
  const allocation: AllocationLine[] = [];
  pairs.forEach((p, k) => {
    const mv = marketValues[k]!;
    if (mv > 1e-9 * scale) allocation.push(allocationLine(input.requirements[p.account]!.accountId, input.assets[p.asset]!, mv));
  });
  const totalCost = totalCostOf(allocation);
  let saving: number | null = null;
  if (naive.feasible) {
    saving = naive.totalCost - totalCost;
    if (saving < 0 && saving > -1e-9 * Math.max(1, naive.totalCost)) saving = 0;
  }
  return { allocation, totalCost, naive, saving, shortfalls: [] };
}

/** Lowers pledges of accounts covered beyond their requirement, most expensive asset first. */
function trimExcessCoverage(input: CollateralAllocationInput, pairs: AllocationPair[], marketValues: Float64Array): void {
  const byAccount: number[][] = input.requirements.map(() => []);
  pairs.forEach((p, k) => byAccount[p.account]!.push(k));
  input.requirements.forEach((r, j) => {
    const columns = byAccount[j]!;
    let excess = -r.amount;
    for (const k of columns) excess += marketValues[k]! * (1 - input.assets[pairs[k]!.asset]!.haircut);
    columns.sort((a, b) => input.assets[pairs[b]!.asset]!.costRate - input.assets[pairs[a]!.asset]!.costRate);
    for (const k of columns) {
      if (excess <= 0) break;
      const haircutFactor = 1 - input.assets[pairs[k]!.asset]!.haircut;
      const cut = Math.min(marketValues[k]!, excess / haircutFactor);
      marketValues[k] = marketValues[k]! - cut;
      excess -= cut * haircutFactor;
    }
  });
}

function insufficient(shortfalls: CollateralShortfall[]): AppError {
  const totalShortfall = shortfalls.reduce((s, x) => s + x.shortfall, 0);
  const list = shortfalls.map((s) => `account ${JSON.stringify(s.accountId)} is short by ${money(s.shortfall)}`).join('; ');
  return new AppError(
    ErrorCode.COLLATERAL_INSUFFICIENT,
    `requirements: collateral is insufficient: ${list} of collateral value after haircuts (total shortfall ${money(totalShortfall)}). Add eligible assets, or relax the concentration limits.`,
    { field: 'requirements', details: { shortfalls, totalShortfall } },
  );
}

function money(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
