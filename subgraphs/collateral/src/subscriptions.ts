import { defineSubscription, type SubscriptionSpec } from '@nautilus/runtime';

const inAccounts = (args: Record<string, unknown>, accountId: string) => {
  const ids = args.accountIds as string[] | null | undefined;
  return !ids || ids.includes(accountId);
};

/** Subscriptions are filed under the accounts they ask for, so an event reaches only its account's subscribers. */
const byAccounts = {
  event: (event: { accountId: string }) => event.accountId,
  args: (args: Record<string, unknown>) => (args.accountIds as string[] | null | undefined) ?? null,
};

/**
 * The subscriptions collateral declares in schema.graphql and how the
 * gateway executes them from the bus. Events carry the scalars the monitor
 * already has; selecting federated fields (the account, its portfolios and
 * their risk report) runs the selection on the root lookup once per event.
 */
export const subscriptions: SubscriptionSpec[] = [
  defineSubscription({
    field: 'marginCallRaised',
    topic: 'collateral.margin_call.raised',
    matches: (args, event) => inAccounts(args, event.accountId),
    route: byAccounts,
    fields: (event) => ({
      id: event.callId,
      kind: event.kind,
      status: 'OPEN',
      amountDue: event.amountDue,
      equity: event.equity,
      requirement: event.requirement,
      raisedAt: event.raisedAt,
      dueAt: event.dueAt,
    }),
    lookup: { field: 'marginCall', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.callId }) },
  }) as SubscriptionSpec,
  defineSubscription({
    field: 'marginUtilization',
    topic: 'collateral.utilization',
    matches: (args, event) => String(args.accountId) === event.accountId,
    route: { event: (event) => event.accountId, args: (args) => [String(args.accountId)] },
    // Latest value wins: a client still busy with an older update of the account gets the newest one.
    conflate: (event) => event.accountId,
    fields: (event) => ({ ...event }),
    lookup: { field: 'marginUtilization', argTypes: { accountId: 'ID!' }, args: (event) => ({ accountId: event.accountId }) },
  }) as SubscriptionSpec,
  defineSubscription({
    field: 'marginWarning',
    topic: 'collateral.margin_warning',
    matches: (args, event) => inAccounts(args, event.accountId),
    route: byAccounts,
    fields: (event) => ({ id: event.warningId, kind: event.kind, utilization: event.utilization, probability: event.probability, ts: event.ts }),
    lookup: { field: 'marginWarning', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.warningId }) },
  }) as SubscriptionSpec,
];
