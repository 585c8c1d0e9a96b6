import { DateTimeScalar } from '@nautilus/runtime';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { CollateralAllocationLine, CrossMarginOffset, Entity, MarginUtilization, Portfolio } from './Federated.ts';
import { MarginAccount } from './MarginAccount.ts';
import { MarginCall } from './MarginCall.ts';
import { MarginWarning } from './MarginWarning.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  Portfolio,
  Entity,
  MarginAccount,
  MarginCall,
  MarginWarning,
  MarginUtilization,
  CrossMarginOffset,
  CollateralAllocationLine,
};
