import type { MutationResolvers } from '../__generated__/resolvers.ts';
import { createMarginAccount } from '../service/createMarginAccount.ts';
import { defineOptionContract } from '../service/defineOptionContract.ts';
import { acknowledgeCall, resolveCall } from '../service/marginCalls.ts';
import { moveCollateral, type CollateralMovementInput } from '../service/moveCollateral.ts';
import type { CollateralContext } from '../context.ts';

async function move(ctx: CollateralContext, input: CollateralMovementInput, direction: 1 | -1) {
  const { margin } = ctx;
  const accountId = await moveCollateral(ctx.pool, ctx.clock, {
    prices: margin.prices,
    volatility: margin.marketStatistics.volatility,
    isPatternDayTrader: (id) => margin.isPatternDayTrader(id),
    policy: margin.policy,
    fxRate: margin.fxRate,
  }, input, direction);
  await ctx.monitor.refresh([accountId]);
  return (await ctx.loaders.accountById.load(accountId))!;
}

export const Mutation: MutationResolvers = {
  createMarginAccount: async (_root, { input }, ctx) => {
    const account = await createMarginAccount(ctx.pool, input);
    await ctx.monitor.refresh([account.id]);
    return account;
  },
  depositCollateral: (_root, { input }, ctx) => move(ctx, input, 1),
  withdrawCollateral: (_root, { input }, ctx) => move(ctx, input, -1),
  acknowledgeMarginCall: (_root, { id, note }, ctx) => acknowledgeCall(ctx.pool, ctx.clock, id, note),
  resolveMarginCall: (_root, { id, resolution, note }, ctx) => resolveCall(ctx, id, resolution, note),
  defineOptionContract: async (_root, { input }, ctx) => {
    const contract = await defineOptionContract(ctx.pool, input);
    return { ...contract, instrument: { id: contract.instrumentId }, underlying: { id: contract.underlyingId } };
  },
};
