import { badInput, isAppError } from '@nautilus/runtime';
import { computeRequirement } from './computeRequirement.ts';
import { evaluateScenarioGroups } from './evaluateScenarioGroups.ts';
import { resolveMarginPolicy } from './marginPolicy.ts';
import type { CrossMarginAccount, CrossMarginOffset, CrossMarginResult, MarginPolicyOverrides, MarginRequirement, PriceMap, ScenarioGroupResult } from './types.ts';

/** Re-raises an account's BAD_USER_INPUT (other than policy/prices) with its field prefixed by `accounts[index].`. */
function inAccount<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isAppError(error) && error.field !== undefined && !/^(policy|prices)\b/.test(error.field)) {
      const problem = error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
      throw badInput(`accounts[${index}].${error.field}`, problem);
    }
    throw error;
  }
}

/** −1: the group loses when the underlying falls; +1: when it rises; 0: neither (vol-only or no loss). */
function lossDirection(group: ScenarioGroupResult): number {
  return group.requirement > 0 && group.worstLoss > 0 ? Math.sign(group.worstPriceMove) : 0;
}

/**
 * Cross-margining across the accounts of one owner. Our rule, modelled on CME
 * SPAN inter-commodity spread credits and OCC cross-margining:
 *
 * 1. Stand-alone: each account's maintenance requirement under its own
 *    methodology (`perAccount`, summed in `standalone`).
 * 2. Pooled: all positions together on the portfolio-margin grid
 *    (evaluateScenarioGroups), so the same underlying in different accounts
 *    nets fully, scenario by scenario. Positions outside the grid keep their
 *    asset-class rate. Note that Reg T accounts are thereby pooled on a
 *    risk basis.
 * 3. Credits: for pairs of pooled groups with correlation ρ ≥
 *    `crossMargin.minCorrelation` whose worst cases lie on opposite sides (one
 *    loses on down-moves, the other on up-moves), credit =
 *    creditRate × ρ × min(reqA, reqB) — never negative, increasing in ρ.
 *    Each group takes part in at most one credit: pairs are taken greedily by
 *    highest ρ (then larger credit, then ids).
 * 4. combined = (Σ pooled requirements − Σ credits) × house multiplier + Σ
 *    the accounts' own concentration add-ons (a house surcharge per account,
 *    not offset). If that exceeds `standalone`, combined = standalone, saving 0.
 *
 * `correlation(a, b)` receives underlying ids and must return a number in [−1, 1].
 *
 * @throws AppError BAD_USER_INPUT for duplicate account ids, bad positions (field
 * `accounts[i].positions[j]…`), a bad correlation, or bad policy.
 */
export function computeCrossMargin(
  accounts: CrossMarginAccount[],
  prices: PriceMap,
  correlation: (underlyingA: string, underlyingB: string) => number,
  policy?: MarginPolicyOverrides,
): CrossMarginResult {
  if (!Array.isArray(accounts)) throw badInput('accounts', 'must be an array');
  const resolved = resolveMarginPolicy(policy);
  const seen = new Set<string>();
  const standalone: Array<{ accountId: string; requirement: MarginRequirement }> = accounts.map((a, i) => {
    if (typeof a.accountId !== 'string' || a.accountId === '') throw badInput(`accounts[${i}].accountId`, 'must be a non-empty string');
    if (seen.has(a.accountId)) throw badInput(`accounts[${i}].accountId`, `duplicate account ${a.accountId}`);
    seen.add(a.accountId);
    return { accountId: a.accountId, requirement: inAccount(i, () => computeRequirement(a.methodology, a.positions, prices, resolved)) };
  });

  const holders = new Map<string, Set<string>>();
  for (const a of accounts) {
    for (const p of a.positions) {
      const key = p.option?.underlyingId ?? p.instrumentId;
      const set = holders.get(key) ?? new Set<string>();
      set.add(a.accountId);
      holders.set(key, set);
    }
  }
  const { groups, otherLines } = evaluateScenarioGroups(
    accounts.flatMap((a) => a.positions),
    prices,
    resolved,
  );

  const { minCorrelation, creditRate } = resolved.crossMargin;
  const multiplier = resolved.houseMaintenanceMultiplier ?? 1;
  const pairs: Array<{ a: ScenarioGroupResult; b: ScenarioGroupResult; rho: number; credit: number }> = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      const da = lossDirection(a);
      const db = lossDirection(b);
      if (da === 0 || db === 0 || da === db) continue;
      const rho = correlation(a.underlyingId, b.underlyingId);
      if (typeof rho !== 'number' || !Number.isFinite(rho) || rho < -1 || rho > 1) {
        throw badInput('correlation', `must return a number in [−1, 1], got ${String(rho)} for ${a.underlyingId}/${b.underlyingId}`);
      }
      if (rho < minCorrelation || rho <= 0) continue;
      pairs.push({ a, b, rho, credit: creditRate * rho * Math.min(a.requirement, b.requirement) });
    }
  }
  pairs.sort((x, y) => y.rho - x.rho || y.credit - x.credit || x.a.underlyingId.localeCompare(y.a.underlyingId) || x.b.underlyingId.localeCompare(y.b.underlyingId));
  const used = new Set<string>();
  const offsets: CrossMarginOffset[] = [];
  for (const { a, b, rho, credit } of pairs) {
    if (used.has(a.underlyingId) || used.has(b.underlyingId) || credit <= 0) continue;
    used.add(a.underlyingId);
    used.add(b.underlyingId);
    const accountIds = [...new Set([...(holders.get(a.underlyingId) ?? []), ...(holders.get(b.underlyingId) ?? [])])].sort();
    offsets.push({ underlyingA: a.underlyingId, underlyingB: b.underlyingId, symbolA: a.symbol, symbolB: b.symbol, correlation: rho, credit: credit * multiplier, accountIds });
  }

  const pooled = groups.reduce((s, g) => s + g.requirement, 0) + otherLines.reduce((s, l) => s + l.maintenance, 0);
  const credits = offsets.reduce((s, o) => s + o.credit, 0);
  const addOns = standalone.reduce((s, a) => s + a.requirement.concentrationAddOn, 0);
  const total = standalone.reduce((s, a) => s + a.requirement.maintenance, 0);
  const combined = Math.min(total, Math.max(0, pooled * multiplier - credits + addOns));
  return {
    standalone: total,
    combined,
    saving: total - combined,
    offsets,
    perAccount: standalone.map((a) => ({ accountId: a.accountId, standalone: a.requirement.maintenance })),
  };
}
