import { computeCrossMargin } from '../domain/margin/computeCrossMargin.ts';
import { liveEvaluation, type LiveMargin } from './describeAccount.ts';
import type { AccountRow, CrossMarginRecord } from './types.ts';

/**
 * Cross-margining over the owner's accounts that opted in: each account's
 * stand-alone requirement against the pooled requirement with offsets
 * between correlated product groups (margin/computeCrossMargin.ts has the
 * rule). Correlations are the monitor's, from daily bars.
 */
export async function computeOwnerCrossMargin(live: LiveMargin, accounts: readonly AccountRow[]): Promise<CrossMarginRecord> {
  const members = accounts.filter((a) => a.crossMargin);
  if (members.length === 0) return { accounts: [], standalone: 0, combined: 0, saving: 0, offsets: [] };
  const evaluations = await Promise.all(members.map((a) => liveEvaluation(live, a.id)));
  const symbols = new Map<string, string>();
  for (const e of evaluations) for (const p of e.positions) symbols.set(p.instrumentId, p.symbol);
  const prices = new Map<string, number>();
  for (const e of evaluations) {
    for (const p of e.positions) {
      prices.set(p.instrumentId, p.price);
      if (p.option) {
        const underlying = live.margin.price(p.option.underlyingId);
        if (underlying !== undefined) prices.set(p.option.underlyingId, underlying);
      }
    }
  }
  const result = computeCrossMargin(
    members.map((account, i) => ({ accountId: account.id, methodology: account.methodology, positions: evaluations[i]!.positions })),
    prices,
    (a, b) => live.margin.marketStatistics.correlation(a, b),
  );
  return {
    accounts: members,
    standalone: result.standalone,
    combined: result.combined,
    saving: result.saving,
    offsets: result.offsets.map((o) => ({
      symbolA: symbols.get(o.underlyingA) ?? o.underlyingA,
      symbolB: symbols.get(o.underlyingB) ?? o.underlyingB,
      correlation: o.correlation,
      credit: o.credit,
      accountIds: o.accountIds,
    })),
  };
}
