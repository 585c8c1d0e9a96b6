import { DateTimeScalar } from '@nautilus/runtime';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { Instrument } from './Instrument.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Quote } from './Quote.ts';
import { Subscription } from './Subscription.ts';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Subscription, Instrument, Quote };
