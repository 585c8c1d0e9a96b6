import { solveLinearProgram } from '@nautilus/accel';
import { buildAllocationLp } from './buildAllocationLp.ts';
import type { CollateralAllocationInput, CollateralShortfall } from './types.ts';

/**
 * Which requirements cannot be met, and by how much collateral value: the
 * relaxed allocation LP (see `buildAllocationLp(input, true)`) that pledges
 * to cover as much as possible, i.e. minimises Σ uncovered_j. Its total is
 * the least possible total shortfall; when accounts compete for the same
 * assets, the split of that total between them is one of several optimal
 * ones. Accounts short by less than 1e-9 of their requirement are omitted.
 */
export async function measureShortfalls(input: CollateralAllocationInput): Promise<CollateralShortfall[]> {
  const { program, pairs, scale } = buildAllocationLp(input, true);
  const { x } = await solveLinearProgram(program);
  const shortfalls: CollateralShortfall[] = [];
  input.requirements.forEach((r, j) => {
    const shortfall = x[pairs.length + j]! * scale;
    if (shortfall > 1e-9 * Math.max(1, r.amount)) shortfalls.push({ accountId: r.accountId, shortfall });
  });
  return shortfalls;
}
