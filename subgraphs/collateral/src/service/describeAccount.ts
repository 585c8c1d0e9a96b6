import { AppError, ErrorCode } from '@nautilus/runtime';
import type { MarginMonitor } from '../workers/MarginMonitor.ts';
import type { evaluateAccount } from './evaluateAccount.ts';

export type FullEvaluation = ReturnType<typeof evaluateAccount>;

/**
 * The monitor's live evaluation of an account, loading the account into the
 * monitor first when it is new (created after the last refresh).
 */
export async function liveEvaluation(monitor: MarginMonitor, accountId: string): Promise<FullEvaluation> {
  let evaluation = monitor.evaluation(accountId);
  if (!evaluation) {
    await monitor.refresh([accountId]);
    evaluation = monitor.evaluation(accountId);
  }
  if (!evaluation) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `margin account ${accountId} could not be valued: a position has no price yet`);
  return evaluation as FullEvaluation;
}

/** The GraphQL MarginStatus of an evaluation. */
export function toStatus(e: FullEvaluation, inCall: boolean) {
  return {
    equity: e.equity,
    marketValue: e.marketValue,
    cash: e.cash,
    collateralValue: e.collateralValue,
    initialRequirement: e.requirement.initial,
    maintenanceRequirement: e.requirement.maintenance,
    houseRequirement: e.houseRequirement,
    concentrationAddOn: e.requirement.concentrationAddOn,
    minimumEquity: e.minimumEquity,
    excess: e.excess,
    buyingPower: e.buyingPower,
    dayTradingBuyingPower: e.dayTradingBuyingPower,
    utilization: e.utilization,
    inCall,
    asOf: new Date(e.asOf),
  };
}
