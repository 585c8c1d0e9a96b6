import { DateTimeScalar } from '@nautilus/runtime';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { Backtest, BacktestMetrics, SweepCell } from './Backtest.ts';
import { Instrument, Portfolio } from './Federated.ts';
import { JSONScalar } from './JSON.ts';
import { Mutation } from './Mutation.ts';
import { OrderEvent, PaperOrder } from './PaperOrder.ts';
import { Query } from './Query.ts';
import { Signal } from './Signal.ts';
import { Strategy, StrategyKindInfo } from './Strategy.ts';
import { Subscription } from './Subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query,
  Mutation,
  Subscription,
  Instrument,
  Portfolio,
  Strategy,
  StrategyKindInfo,
  Signal,
  Backtest,
  BacktestMetrics,
  SweepCell,
  PaperOrder,
  OrderEvent,
};
