import { badInput, parseIntInRange } from '@nautilus/runtime';
import type { MarginAccountResolvers } from '../__generated__/resolvers.ts';
import { liveEvaluation, toStatus } from '../service/describeAccount.ts';
import { predictAccount } from '../service/predictAccountCall.ts';
import { patternDayTrading } from '../service/accounts.ts';
import { childKey } from '../loaders.ts';

const firstIn = (first: number | null | undefined, field: string) => parseIntInRange(first, 20, 1, 500, field);

export const MarginAccount: MarginAccountResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.accountById.load(String(reference.id)),
  owner: (account) => ({ id: account.ownerEntityId }) as never,
  portfolios: (account) => account.portfolioIds.map((id) => ({ id })) as never,
  status: async (account, _args, ctx) => {
    const evaluation = await liveEvaluation(ctx, account.id);
    return toStatus(evaluation, ctx.margin.hasLiveCall(account.id));
  },
  requirementLines: async (account, _args, ctx) =>
    (await liveEvaluation(ctx, account.id)).requirement.lines.map((line) => ({ ...line, instrument: { id: line.instrumentId } })),
  scenarioGroups: async (account, _args, ctx) => {
    const requirement = (await liveEvaluation(ctx, account.id)).requirement as { groups?: Array<Record<string, unknown> & { underlyingId: string }> };
    if (account.methodology !== 'PORTFOLIO' || !requirement.groups) return null;
    return requirement.groups.map((g) => ({ ...g, underlying: { id: g.underlyingId } })) as never;
  },
  collateral: async (account, _args, ctx) => {
    const evaluation = await liveEvaluation(ctx, account.id);
    const book = ctx.margin.book(account.id);
    const byId = new Map(book?.holdings.map((h) => [h.instrumentId ?? `cash:${h.currency}`, h]) ?? []);
    return {
      marketValue: evaluation.holdings.marketValue,
      collateralValue: evaluation.holdings.collateralValue,
      holdings: evaluation.holdings.lines.map((line) => {
        const holding = byId.get(line.holdingId);
        return {
          kind: holding?.instrumentId ? ('SECURITY' as const) : ('CASH' as const),
          instrument: holding?.instrumentId ? { id: holding.instrumentId } : null,
          symbol: holding?.symbol ?? null,
          currency: holding?.currency ?? account.currency,
          quantity: holding?.quantity ?? 0,
          price: line.marketValue / (holding?.quantity || 1),
          marketValue: line.marketValue,
          haircut: line.haircutRate + line.fxHaircut + line.concentrationHaircut,
          collateralValue: line.collateralValue,
          eligible: line.eligible,
          reason: line.reason ?? null,
        };
      }),
    };
  },
  patternDayTrader: (account, _args, ctx) => patternDayTrading(ctx.pool, ctx.clock, account),
  liveCall: async (account, _args, ctx) => (await ctx.loaders.callsByAccount.load(childKey(account.id, 1, ['OPEN', 'ESCALATED'])))[0] ?? null,
  calls: (account, { status, first }, ctx) => ctx.loaders.callsByAccount.load(childKey(account.id, firstIn(first, 'first'), status)),
  warnings: (account, { first }, ctx) => ctx.loaders.warningsByAccount.load(childKey(account.id, firstIn(first, 'first'))),
  requirementHistory: (account, { first }, ctx) => ctx.loaders.requirementHistory.load(childKey(account.id, firstIn(first, 'first'))),
  callPrediction: async (account, { horizonDays, paths, seed }, ctx) => {
    const horizon = horizonDays ?? 1;
    if (!(horizon > 0 && horizon <= 30)) throw badInput('horizonDays', `must be in (0, 30], got ${horizon}`);
    const n = parseIntInRange(paths, 10_000, 1_000, 200_000, 'paths');
    await liveEvaluation(ctx, account.id);
    const prediction = (await predictAccount(ctx.margin, await ctx.accel(), account.id, { horizonDays: horizon, paths: n, seed: parseIntInRange(seed, 1, 0, 2 ** 31 - 1, 'seed') }))!;
    return {
      probability: prediction.probability,
      standardError: prediction.standardError,
      distanceToCall: prediction.distanceToCall,
      expectedDaysToCall: prediction.expectedTimeToCallDays,
      alreadyInCall: prediction.alreadyInCall,
      horizonDays: horizon,
      paths: prediction.paths,
      steps: prediction.steps,
      computedWith: prediction.computedWith,
    };
  },
};
