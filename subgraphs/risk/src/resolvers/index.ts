import { DateTimeScalar } from '@nautilus/runtime';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { Mutation } from './Mutation.ts';
import { Portfolio } from './Portfolio.ts';
import { Query } from './Query.ts';
import { RiskLimit } from './RiskLimit.ts';
import { RiskLimitBreach } from './RiskLimitBreach.ts';
import { RiskReport } from './RiskReport.ts';
import { Subscription } from './Subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  Portfolio,
  RiskReport,
  RiskLimit,
  RiskLimitBreach,
};
