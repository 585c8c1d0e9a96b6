import { useCallback, useState } from 'react';
import { graphql } from '../__generated__/index.ts';
import type { GatewayError } from '../graphql/GatewayError.ts';
import { useSubscription } from '../graphql/hooks.tsx';
import { callAlert, pushAlert, warningAlert, type MarginAlert } from './marginAlerts.ts';
import { applyMarginEvents, EMPTY_LIVE, forgetLiveCalls, type MarginLive, type MarginLiveEvent, type UtilizationEvent } from './marginBook.ts';
import { useFrameBatch } from './useFrameBatch.ts';

export const LiveMarginUtilizationSubscription = graphql(`
  subscription LiveMarginUtilization($accountId: ID!) {
    marginUtilization(accountId: $accountId) {
      accountId
      equity
      maintenanceRequirement
      houseRequirement
      excess
      utilization
      inCall
      ts
    }
  }
`);

const LiveMarginCallsSubscription = graphql(`
  subscription LiveMarginCalls($accountIds: [ID!]) {
    marginCallRaised(accountIds: $accountIds) {
      id
      kind
      amountDue
      dueAt
      raisedAt
      account {
        id
        name
      }
    }
  }
`);

const LiveMarginWarningsSubscription = graphql(`
  subscription LiveMarginWarnings($accountIds: [ID!]) {
    marginWarning(accountIds: $accountIds) {
      id
      kind
      probability
      utilization
      ts
      account {
        id
        name
      }
    }
  }
`);

export interface MarginLiveState {
  /** Live utilisation and calls per account, to merge into the loaded rows (`buildMarginRows`). */
  live: MarginLive;
  /** Calls and warnings since the panel opened, newest first, capped. */
  alerts: readonly MarginAlert[];
  clearAlerts: () => void;
  /** Feed for the per-account `marginUtilization` subscriptions (see `MarginUtilizationFeed`). */
  onUtilization: (event: UtilizationEvent) => void;
  /** Drops live calls once the accounts are reloaded (their `liveCall` is then the fresher word). */
  forgetCalls: () => void;
  /** The alert subscriptions' last error, cleared by their next event. */
  error: GatewayError | undefined;
}

/**
 * The margin panel's live state: margin calls and warnings for `accountIds` (`null`: every
 * account), and the utilisation events that per-account feeds push in.
 *
 * Events are buffered and applied once per animation frame, in arrival order (calls and
 * utilisation through the same buffer, so an "out of call" is never applied before the call it
 * follows), so a burst of ticks across many accounts costs one render.
 */
export function useMarginLive(accountIds: readonly string[] | null): MarginLiveState {
  const [live, setLive] = useState<MarginLive>(EMPTY_LIVE);
  const [alerts, setAlerts] = useState<readonly MarginAlert[]>([]);
  const push = useFrameBatch(useCallback((events: MarginLiveEvent[]) => setLive((current) => applyMarginEvents(current, events)), []));

  const onUtilization = useCallback((event: UtilizationEvent) => push({ type: 'utilization', event }), [push]);
  const forgetCalls = useCallback(() => setLive(forgetLiveCalls), []);
  const clearAlerts = useCallback(() => setAlerts([]), []);

  // Account ids are numeric strings, so the joined set is a safe key; null stays null (all accounts).
  const key = accountIds === null ? null : [...new Set(accountIds)].sort().join(',');
  const variables = { accountIds: key === null ? null : key === '' ? [] : key.split(',') };
  const skip = key === '';

  const { error: callsError } = useSubscription(
    LiveMarginCallsSubscription,
    variables,
    ({ marginCallRaised: call }) => {
      push({ type: 'call', accountId: call.account.id, call: { id: call.id, kind: call.kind, amountDue: call.amountDue, dueAt: call.dueAt } });
      setAlerts((current) => pushAlert(current, callAlert(call)));
    },
    { skip },
  );
  const { error: warningsError } = useSubscription(
    LiveMarginWarningsSubscription,
    variables,
    ({ marginWarning: warning }) => setAlerts((current) => pushAlert(current, warningAlert(warning))),
    { skip },
  );

  return { live, alerts, clearAlerts, onUtilization, forgetCalls, error: callsError ?? warningsError };
}
