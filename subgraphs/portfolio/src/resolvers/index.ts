import { DateTimeScalar } from '@nautilus/runtime';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { CashEntry } from './CashEntry.ts';
import { ConsolidatedPosition } from './ConsolidatedPosition.ts';
import { Entity } from './Entity.ts';
import { Goal } from './Goal.ts';
import { Mutation } from './Mutation.ts';
import { Ownership } from './Ownership.ts';
import { Portfolio } from './Portfolio.ts';
import { PortfolioShare } from './PortfolioShare.ts';
import { Position } from './Position.ts';
import { Query } from './Query.ts';
import { Trade } from './Trade.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Entity,
  Ownership,
  Portfolio,
  Position,
  Trade,
  CashEntry,
  Goal,
  ConsolidatedPosition,
  PortfolioShare,
};
