import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { MemoryBus, createLogger, defineSubscription, type MarginUtilizationEvent, type SubscriptionSpec } from '@nautilus/runtime';
import { SubscriptionEngine } from '../src/subscriptions/SubscriptionEngine.ts';
import { GatewayCloseCode } from '../src/subscriptions/closeCodes.ts';

const schema = buildSchema(`
  type Query { utilization(accountId: ID!): Utilization }
  type Utilization { accountId: ID! utilization: Float! owner: String }
  type Subscription { utilization(accountId: ID!): Utilization! calls(accountIds: [ID!]): Utilization! watch(accountIds: [ID!]): Utilization! }
`);

const event = (accountId: string, utilization: number): MarginUtilizationEvent => ({
  accountId, utilization, equity: 1, maintenanceRequirement: 1, houseRequirement: 1, excess: 0, inCall: false, ts: '2026-01-05T15:00:00Z',
});

function setup(options: { eventBufferSize?: number; executeLookup?: () => Promise<ExecutionResult> } = {}) {
  const bus = new MemoryBus();
  const checked: string[] = [];
  const common = {
    topic: 'collateral.utilization' as const,
    fields: (e: MarginUtilizationEvent) => ({ accountId: e.accountId, utilization: e.utilization }),
    lookup: { field: 'utilization', argTypes: { accountId: 'ID!' }, args: (e: MarginUtilizationEvent) => ({ accountId: e.accountId }) },
  };
  const specs = [
    defineSubscription({
      ...common,
      field: 'utilization',
      matches: (args, e) => (checked.push(String(args.accountId)), String(args.accountId) === e.accountId),
      route: { event: (e) => e.accountId, args: (args) => [String(args.accountId)] },
      conflate: (e) => e.accountId,
    }) as SubscriptionSpec,
    defineSubscription({
      ...common,
      field: 'calls',
      matches: (args, e) => !args.accountIds || (args.accountIds as string[]).includes(e.accountId),
      route: { event: (e) => e.accountId, args: (args) => (args.accountIds as string[] | null) ?? null },
    }) as SubscriptionSpec,
    defineSubscription({
      ...common,
      field: 'watch',
      matches: (args, e) => !args.accountIds || (args.accountIds as string[]).includes(e.accountId),
      route: { event: (e) => e.accountId, args: (args) => (args.accountIds as string[] | null) ?? null },
      conflate: (e) => e.accountId,
    }) as SubscriptionSpec,
  ];
  const engine = new SubscriptionEngine({ bus, specs, logger: createLogger({ name: 't', level: 'silent' }), ...options, executeLookup: options.executeLookup ?? (async () => ({ data: null })) });
  const closed: number[] = [];
  const socket = { bufferedAmount: 0, close: (code: number) => void closed.push(code) };
  const subscribe = (query: string, variableValues: Record<string, unknown> = {}) =>
    engine.subscribe({ schema, document: parse(query), variableValues, contextValue: { user: 'u', requestId: 'r', socket } }) as AsyncIterableIterator<ExecutionResult>;
  return { bus, engine, checked, closed, subscribe };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SubscriptionEngine', () => {
  it('routes an event only to the subscriptions filed under its key', async () => {
    const { bus, checked, subscribe } = setup();
    const iterators = Array.from({ length: 100 }, (_, i) => subscribe(`subscription { utilization(accountId: "${i}") { accountId utilization } }`));
    const everyAccount = subscribe('subscription { calls { accountId } }');
    const next7 = iterators[7]!.next();
    const nextAll = everyAccount.next();
    await bus.publish('collateral.utilization', event('7', 0.5));
    expect((await next7).value).toEqual({ data: { utilization: { accountId: '7', utilization: 0.5 } } });
    expect((await nextAll).value).toEqual({ data: { calls: { accountId: '7' } } });
    // One matches() call: the subscription for account 7, not one per subscription.
    expect(checked).toEqual(['7']);
    for (const it of [...iterators, everyAccount]) await it.return!();
  });

  it('conflates a full queue of a latest-value stream by key, keeping the newest value', async () => {
    const { bus, subscribe, closed } = setup({ eventBufferSize: 2 });
    const it = subscribe('subscription { utilization(accountId: "1") { utilization } }');
    for (const u of [0.1, 0.2, 0.3, 0.4]) await bus.publish('collateral.utilization', event('1', u));
    await tick();
    const values = [];
    for (let i = 0; i < 2; i++) values.push(((await it.next()).value as ExecutionResult).data);
    // queue of 2: 0.1, then 0.2 replaced by 0.3 and then by 0.4
    expect(values).toEqual([{ utilization: { utilization: 0.1 } }, { utilization: { utilization: 0.4 } }]);
    expect(closed).toEqual([]);
    await it.return!();
  });

  it('closes a slow subscriber of a stream that must not lose events with 4290, and stops its feed', async () => {
    const { bus, engine, subscribe, closed } = setup({ eventBufferSize: 2 });
    const it = subscribe('subscription { calls(accountIds: ["1"]) { accountId } }');
    for (const u of [0.1, 0.2, 0.3]) await bus.publish('collateral.utilization', event('1', u));
    await tick();
    expect(closed).toEqual([GatewayCloseCode.SlowConsumer]);
    expect(engine.stats.slowConsumersClosed).toBe(1);
    expect(engine.stats.active).toBe(0);
    expect((await it.next()).done).toBe(true);
  });

  it('conflates a full queue by compacting older values of every key before closing anyone', async () => {
    const { bus, subscribe, closed } = setup({ eventBufferSize: 3 });
    const it = subscribe('subscription { watch { accountId utilization } }');
    // A, A, A fill the queue; B finds no slot of its own: the older A values go, B gets a slot.
    for (const u of [0.1, 0.2, 0.3]) await bus.publish('collateral.utilization', event('A', u));
    await bus.publish('collateral.utilization', event('B', 0.9));
    await tick();
    expect(closed).toEqual([]);
    const values = [];
    for (let i = 0; i < 2; i++) values.push(((await it.next()).value as ExecutionResult).data);
    expect(values).toEqual([{ watch: { accountId: 'A', utilization: 0.3 } }, { watch: { accountId: 'B', utilization: 0.9 } }]);
    await it.return!();
  });

  it('answers an event whose lookup fails with an error result and keeps the subscription', async () => {
    let calls = 0;
    const { bus, engine, subscribe } = setup({
      executeLookup: async () => {
        if (++calls === 1) throw new Error('subgraph down');
        return { data: { utilization: { utilization: 0, owner: 'Ada' } } };
      },
    });
    const it = subscribe('subscription { utilization(accountId: "1") { utilization owner } }');
    await bus.publish('collateral.utilization', event('1', 0.5));
    const failed = (await it.next()).value as ExecutionResult;
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await bus.publish('collateral.utilization', event('1', 0.6));
    // the event's own value wins over the looked-up one
    expect(((await it.next()).value as ExecutionResult).data).toEqual({ utilization: { utilization: 0.6, owner: 'Ada' } });
    expect(engine.stats.active).toBe(1);
    await it.return!();
    expect(engine.stats.active).toBe(0);
  });

  it('skips an event the spec cannot read and goes on delivering', async () => {
    const { bus, subscribe } = setup();
    const it = subscribe('subscription { utilization(accountId: "1") { utilization } }');
    const next = it.next();
    await bus.publish('collateral.utilization', {} as never); // a stray payload: no accountId to route by
    await bus.publish('collateral.utilization', event('1', 0.7));
    expect(((await next).value as ExecutionResult).data).toEqual({ utilization: { utilization: 0.7 } });
    await it.return!();
  });

  it('ends its subscriptions when the bus subscription ends', async () => {
    const { bus, engine, subscribe } = setup();
    const it = subscribe('subscription { utilization(accountId: "1") { utilization } }');
    const next = it.next();
    await bus.close();
    expect((await next).done).toBe(true);
    expect(engine.stats.active).toBe(0);
  });
});
