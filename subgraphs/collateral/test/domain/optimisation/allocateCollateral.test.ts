import { createRng } from '@nautilus/accel/rng';
import { AppError } from '@nautilus/runtime';
import { describe, expect, test } from 'vitest';
import { allocateCollateral } from '../../../src/domain/optimisation/allocateCollateral.ts';
import { allocateNaively } from '../../../src/domain/optimisation/allocateNaively.ts';
import type { AllocationLine, CollateralAllocationInput, CollateralAsset } from '../../../src/domain/optimisation/types.ts';

// Cost per unit of collateral value (costRate / (1 − haircut)) drives every hand solution below:
//   CASH 0.05 / 1.00 = 0.05,   UST 0.01 / 0.98 ≈ 0.010204,   EQ 0.02 / 0.85 ≈ 0.023529.
const CASH: CollateralAsset = { assetId: 'CASH', group: 'cash', available: 2_000_000, haircut: 0, costRate: 0.05 };
const UST: CollateralAsset = { assetId: 'UST', group: 'govt', available: 600_000, haircut: 0.02, costRate: 0.01 };
const EQ: CollateralAsset = { assetId: 'EQ', group: 'equity', available: 1_000_000, haircut: 0.15, costRate: 0.02 };

function line(lines: AllocationLine[], accountId: string, assetId: string): AllocationLine | undefined {
  return lines.find((l) => l.accountId === accountId && l.assetId === assetId);
}
function marketValue(lines: AllocationLine[], accountId: string, assetId: string): number {
  return line(lines, accountId, assetId)?.marketValue ?? 0;
}

describe('allocateCollateral: hand-computed optima', () => {
  test('one account: naive pledges expensive cash first, the optimiser uses UST then equities', async () => {
    const r = await allocateCollateral({ requirements: [{ accountId: 'A', amount: 1_000_000 }], assets: [CASH, UST, EQ] });
    // Optimum (fractional knapsack, cheapest collateral value first):
    //   UST all 600,000 MV → 600,000 × 0.98 = 588,000 CV, cost 600,000 × 0.01 = 6,000
    //   EQ for the remaining 1,000,000 − 588,000 = 412,000 CV → MV 412,000 / 0.85 = 484,705.882…, cost × 0.02 = 9,694.1176…
    //   total 6,000 + 9,694.117647 = 15,694.117647
    expect(marketValue(r.allocation, 'A', 'UST')).toBeCloseTo(600_000, 4);
    expect(marketValue(r.allocation, 'A', 'EQ')).toBeCloseTo(412_000 / 0.85, 4);
    expect(line(r.allocation, 'A', 'CASH')).toBeUndefined();
    expect(line(r.allocation, 'A', 'EQ')!.collateralValue).toBeCloseTo(412_000, 4);
    expect(r.totalCost).toBeCloseTo(6_000 + (412_000 / 0.85) * 0.02, 6);
    // Naive: CASH is listed first → 1,000,000 of cash, cost 1,000,000 × 0.05 = 50,000.
    expect(r.naive.feasible).toBe(true);
    expect(r.naive.allocation).toEqual([{ accountId: 'A', assetId: 'CASH', marketValue: 1_000_000, collateralValue: 1_000_000, cost: 50_000 }]);
    expect(r.naive.totalCost).toBeCloseTo(50_000, 9);
    // saving 50,000 − 15,694.117647 = 34,305.882353
    expect(r.saving).toBeCloseTo(50_000 - 6_000 - (412_000 / 0.85) * 0.02, 6);
    expect(r.shortfalls).toEqual([]);
  });

  test('per-asset (50%) and group (equity 40%) limits bind in both the optimum and the naive pass', async () => {
    const r = await allocateCollateral({
      requirements: [{ accountId: 'A', amount: 1_000_000, maxSharePerAsset: 0.5, maxShareByGroup: { equity: 0.4 } }],
      assets: [CASH, UST, EQ],
    });
    // Caps in collateral value: any asset ≤ 0.5 × 1,000,000 = 500,000; equity ≤ 0.4 × 1,000,000 = 400,000.
    // Optimum, cheapest first:
    //   UST min(588,000, 500,000) = 500,000 CV → MV 500,000 / 0.98 = 510,204.08…, cost 5,102.0408…
    //   EQ  min(850,000, 500,000, 400,000) = 400,000 CV → MV 470,588.235…, cost 9,411.7647…
    //   CASH the last 100,000 CV → cost 5,000
    //   total 5,102.040816 + 9,411.764706 + 5,000 = 19,513.805522
    expect(marketValue(r.allocation, 'A', 'UST')).toBeCloseTo(500_000 / 0.98, 4);
    expect(marketValue(r.allocation, 'A', 'EQ')).toBeCloseTo(400_000 / 0.85, 4);
    expect(marketValue(r.allocation, 'A', 'CASH')).toBeCloseTo(100_000, 4);
    expect(r.totalCost).toBeCloseTo((500_000 / 0.98) * 0.01 + (400_000 / 0.85) * 0.02 + 5_000, 6);
    // Naive: CASH up to the 50% cap (500,000 CV, cost 25,000), then UST 500,000 CV (cost 5,102.04); nothing left for EQ.
    //   total 30,102.040816; saving 30,102.040816 − 19,513.805522 = 10,588.235294
    expect(marketValue(r.naive.allocation, 'A', 'CASH')).toBeCloseTo(500_000, 6);
    expect(marketValue(r.naive.allocation, 'A', 'UST')).toBeCloseTo(500_000 / 0.98, 6);
    expect(r.naive.allocation).toHaveLength(2);
    expect(r.naive.totalCost).toBeCloseTo(25_000 + (500_000 / 0.98) * 0.01, 6);
    expect(r.saving).toBeCloseTo(25_000 - 5_000 - (400_000 / 0.85) * 0.02, 6);
  });

  test('two accounts competing for UST: the one with no cheap alternative gets it', async () => {
    // B accepts CASH and UST only (EQ is eligible for A only). UST (588,000 CV) cannot cover both.
    // Optimum: B takes 300,000 CV of UST (MV 306,122.45, cost 3,061.22); A takes the remaining UST
    //   MV 600,000 − 306,122.45 = 293,877.55 (CV 288,000, cost 2,938.78) and EQ for 1,000,000 − 288,000 = 712,000 CV
    //   (MV 837,647.06, cost 16,752.94). Total 6,000 + 712,000/0.85 × 0.02 = 22,752.941176.
    // Optimality by duality: coverage prices u_A = 0.02/0.85 (EQ→A basic), UST availability price
    //   v = 0.98 u_A − 0.01 (UST→A basic), u_B = (0.01 + v)/0.98 = u_A (UST→B basic); reduced costs of
    //   CASH→A and CASH→B are 0.05 − u ≈ 0.0265 ≥ 0, so no cheaper allocation exists.
    const eq: CollateralAsset = { ...EQ, eligibleAccounts: ['A'] };
    const requirements = [{ accountId: 'A', amount: 1_000_000 }, { accountId: 'B', amount: 300_000 }];
    const r = await allocateCollateral({ requirements, assets: [CASH, UST, eq] });
    expect(marketValue(r.allocation, 'B', 'UST')).toBeCloseTo(300_000 / 0.98, 4);
    expect(marketValue(r.allocation, 'A', 'UST')).toBeCloseTo(600_000 - 300_000 / 0.98, 4);
    expect(marketValue(r.allocation, 'A', 'EQ')).toBeCloseTo(712_000 / 0.85, 4);
    expect(line(r.allocation, 'B', 'EQ')).toBeUndefined();
    expect(r.totalCost).toBeCloseTo(6_000 + (712_000 / 0.85) * 0.02, 6);
    // Naive with CASH first: A 1,000,000 cash (50,000), B 300,000 cash (15,000) = 65,000.
    expect(r.naive.totalCost).toBeCloseTo(65_000, 9);
    expect(r.saving).toBeCloseTo(65_000 - 6_000 - (712_000 / 0.85) * 0.02, 6);

    // Naive with the cheap assets listed first still loses: A (first) uses all the UST (6,000) and
    // 412,000 CV of EQ (9,694.12), leaving B only cash (15,000): 30,694.117647 > 22,752.941176.
    const reordered = await allocateCollateral({ requirements, assets: [UST, eq, CASH] });
    expect(reordered.naive.totalCost).toBeCloseTo(6_000 + (412_000 / 0.85) * 0.02 + 15_000, 6);
    expect(reordered.totalCost).toBeCloseTo(6_000 + (712_000 / 0.85) * 0.02, 6);
  });

  test('zero-cost collateral is pledged only up to the requirement; a zero requirement gets nothing', async () => {
    const free: CollateralAsset = { assetId: 'FREE', group: 'cash', available: 1_000, haircut: 0.2, costRate: 0 };
    const r = await allocateCollateral({ requirements: [{ accountId: 'A', amount: 100 }, { accountId: 'Z', amount: 0 }], assets: [free] });
    // 100 CV at haircut 20% needs 100 / 0.8 = 125 MV; cost 0.
    expect(r.allocation).toEqual([{ accountId: 'A', assetId: 'FREE', marketValue: expect.closeTo(125, 9), collateralValue: expect.closeTo(100, 9), cost: 0 }]);
    expect(r.totalCost).toBe(0);
    expect(r.saving).toBe(0);
  });
});

describe('allocateCollateral: insufficient collateral', () => {
  const insufficient = (pattern: RegExp, shortfalls: Array<{ accountId: string; shortfall: number }>) =>
    expect.objectContaining({
      code: 'COLLATERAL_INSUFFICIENT',
      field: 'requirements',
      message: expect.stringMatching(pattern),
      extensions: expect.objectContaining({ code: 'COLLATERAL_INSUFFICIENT', shortfalls: shortfalls.map((s) => ({ accountId: s.accountId, shortfall: expect.closeTo(s.shortfall, 4) })) }),
    });

  test('names the account that cannot be covered and by how much', async () => {
    // A accepts CASH only (600,000 CV) against 1,000,000 → short 400,000; B is covered by UST (196,000 CV ≥ 100,000).
    const input: CollateralAllocationInput = {
      requirements: [{ accountId: 'A', amount: 1_000_000 }, { accountId: 'B', amount: 100_000 }],
      assets: [{ ...CASH, available: 600_000, eligibleAccounts: ['A'] }, { ...UST, available: 200_000, eligibleAccounts: ['B'] }],
    };
    const error = await allocateCollateral(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toEqual(insufficient(/collateral is insufficient: account "A" is short by 400,000/, [{ accountId: 'A', shortfall: 400_000 }]));
    expect((error as AppError).message).not.toMatch(/"B"/);
  });

  test('a concentration limit alone can make a requirement uncoverable', async () => {
    // Only CASH is available; maxSharePerAsset 0.5 lets it cover 0.5 × 100 = 50 of 100 → short 50.
    const p = allocateCollateral({ requirements: [{ accountId: 'A', amount: 100, maxSharePerAsset: 0.5 }], assets: [CASH] });
    await expect(p).rejects.toEqual(insufficient(/account "A" is short by 50 /, [{ accountId: 'A', shortfall: 50 }]));
  });

  test('no eligible asset at all', async () => {
    const p = allocateCollateral({ requirements: [{ accountId: 'A', amount: 10 }, { accountId: 'B', amount: 5 }], assets: [{ ...CASH, eligibleAccounts: ['B'] }] });
    await expect(p).rejects.toEqual(insufficient(/account "A" is short by 10 /, [{ accountId: 'A', shortfall: 10 }]));
  });
});

describe('allocateCollateral: bad input', () => {
  const ok: CollateralAllocationInput = { requirements: [{ accountId: 'A', amount: 100 }], assets: [CASH, UST] };
  test.each([
    ['requirements[0].amount', { ...ok, requirements: [{ accountId: 'A', amount: -1 }] }],
    ['requirements[0].amount', { ...ok, requirements: [{ accountId: 'A', amount: Number.NaN }] }],
    ['requirements[1].accountId', { ...ok, requirements: [{ accountId: 'A', amount: 1 }, { accountId: 'A', amount: 2 }] }],
    ['requirements[0].maxSharePerAsset', { ...ok, requirements: [{ accountId: 'A', amount: 1, maxSharePerAsset: 1.5 }] }],
    ['requirements[0].maxShareByGroup.equity', { ...ok, requirements: [{ accountId: 'A', amount: 1, maxShareByGroup: { equity: -0.1 } }] }],
    ['assets[1].haircut', { ...ok, assets: [CASH, { ...UST, haircut: 1 }] }],
    ['assets[1].haircut', { ...ok, assets: [CASH, { ...UST, haircut: -0.01 }] }],
    ['assets[1].assetId', { ...ok, assets: [CASH, { ...UST, assetId: 'CASH' }] }],
    ['assets[0].available', { ...ok, assets: [{ ...CASH, available: -5 }] }],
    ['assets[0].costRate', { ...ok, assets: [{ ...CASH, costRate: Number.POSITIVE_INFINITY }] }],
    ['assets[1].eligibleAccounts[1]', { ...ok, assets: [CASH, { ...UST, eligibleAccounts: ['A', 'NOPE'] }] }],
  ])('%s', async (field, input) => {
    await expect(allocateCollateral(input)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining(field) });
  });

  test('a megabyte id is refused with its length and a cut quote, never echoed in full', async () => {
    const huge = 'Z'.repeat(1_000_000);
    for (const input of [
      { ...ok, requirements: [{ accountId: huge, amount: 1 }] },
      { ...ok, assets: [CASH, { ...UST, eligibleAccounts: [huge] }] },
      { ...ok, requirements: [{ accountId: 'A', amount: 1, maxShareByGroup: { [huge]: 0.5 } }] },
    ]) {
      const error = (await allocateCollateral(input).catch((e: unknown) => e)) as AppError;
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error.message.length).toBeLessThan(1_000);
      expect(error.field!.length).toBeLessThan(100);
    }
  });
});

describe('allocateCollateral: property over 50 seeded random instances', () => {
  test('optimiser ≤ naive cost, every limit respected, and naive feasible ⇒ optimiser feasible', async () => {
    const rng = createRng(20_240_601);
    const groups = ['cash', 'govt', 'equity', 'corp'];
    const pick = (k: number): number => Math.floor(rng.nextFloat() * k);
    let solved = 0, naiveFeasible = 0;
    for (let run = 0; run < 50; run++) {
      const nAccounts = 1 + pick(4), nAssets = 1 + pick(6);
      const requirements = Array.from({ length: nAccounts }, (_, j) => ({
        accountId: `acct${j}`,
        amount: Math.round(rng.nextFloat() * 1_000_000),
        ...(rng.nextFloat() < 0.4 ? { maxSharePerAsset: 0.3 + 0.7 * rng.nextFloat() } : {}),
        ...(rng.nextFloat() < 0.4 ? { maxShareByGroup: { [groups[pick(4)]!]: 0.2 + 0.6 * rng.nextFloat() } } : {}),
      }));
      const assets: CollateralAsset[] = Array.from({ length: nAssets }, (_, i) => ({
        assetId: `asset${i}`,
        group: groups[pick(4)]!,
        available: Math.round(rng.nextFloat() * 1_500_000),
        haircut: 0.5 * rng.nextFloat(),
        costRate: 0.08 * rng.nextFloat(),
        ...(rng.nextFloat() < 0.4 ? { eligibleAccounts: requirements.filter(() => rng.nextFloat() < 0.6).map((r) => r.accountId) } : {}),
      }));
      const input: CollateralAllocationInput = { requirements, assets };
      const naive = allocateNaively(input);
      if (naive.feasible) naiveFeasible++;
      assertRespectsLimits(input, naive.allocation, naive.feasible);
      let result;
      try {
        result = await allocateCollateral(input);
      } catch (error) {
        expect(error).toMatchObject({ code: 'COLLATERAL_INSUFFICIENT', field: 'requirements' });
        expect(naive.feasible, `run ${run}: naive covered what the LP called infeasible`).toBe(false);
        continue;
      }
      solved++;
      assertRespectsLimits(input, result.allocation, true);
      if (naive.feasible) {
        expect(result.totalCost).toBeLessThanOrEqual(naive.totalCost + 1e-9 * Math.max(1, naive.totalCost));
        expect(result.saving).toBeGreaterThanOrEqual(0);
      } else {
        expect(result.saving).toBeNull();
      }
    }
    // the generator must exercise both outcomes, and the comparison must run often
    expect(solved).toBeGreaterThan(10);
    expect(naiveFeasible).toBeGreaterThan(10);
    expect(solved).toBeLessThan(50);
  });
});

/** Checks coverage (when `covered`), availability, eligibility, per-asset and group limits with a 1e-7 relative slack. */
function assertRespectsLimits(input: CollateralAllocationInput, lines: AllocationLine[], covered: boolean): void {
  const tol = (v: number): number => 1e-7 * Math.max(1, Math.abs(v));
  const assetById = new Map(input.assets.map((a) => [a.assetId, a]));
  for (const a of input.assets) {
    const used = lines.filter((l) => l.assetId === a.assetId).reduce((s, l) => s + l.marketValue, 0);
    expect(used).toBeLessThanOrEqual(a.available + tol(a.available));
  }
  for (const r of input.requirements) {
    const mine = lines.filter((l) => l.accountId === r.accountId);
    const cover = mine.reduce((s, l) => s + l.collateralValue, 0);
    if (covered) expect(cover).toBeGreaterThanOrEqual(r.amount - tol(r.amount));
    for (const l of mine) {
      const a = assetById.get(l.assetId)!;
      expect(l.marketValue).toBeGreaterThanOrEqual(0);
      expect(l.collateralValue).toBeCloseTo(l.marketValue * (1 - a.haircut), 6);
      expect(a.eligibleAccounts === undefined || a.eligibleAccounts.includes(r.accountId)).toBe(true);
      if (r.maxSharePerAsset !== undefined) expect(l.collateralValue).toBeLessThanOrEqual(r.maxSharePerAsset * r.amount + tol(r.amount));
    }
    for (const [group, share] of Object.entries(r.maxShareByGroup ?? {})) {
      const inGroup = mine.filter((l) => assetById.get(l.assetId)!.group === group).reduce((s, l) => s + l.collateralValue, 0);
      expect(inGroup).toBeLessThanOrEqual(share * r.amount + tol(r.amount));
    }
  }
}
