import { AppError, ErrorCode } from '@nautilus/runtime';
import type { FullEvaluation, MarginCommands, MarginReadModel } from './MarginBook.ts';

export type { FullEvaluation } from './MarginBook.ts';

/** The live margin state to read, and the monitor to load a new account into it. */
export interface LiveMargin {
  margin: MarginReadModel;
  monitor: Pick<MarginCommands, 'refresh'>;
}

/**
 * The monitor's live evaluation of an account, loading the account into the
 * monitor first when it is new (created after the last refresh).
 */
export async function liveEvaluation({ margin, monitor }: LiveMargin, accountId: string): Promise<FullEvaluation> {
  let evaluation = margin.evaluation(accountId);
  if (!evaluation) {
    await monitor.refresh([accountId]);
    evaluation = margin.evaluation(accountId);
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
