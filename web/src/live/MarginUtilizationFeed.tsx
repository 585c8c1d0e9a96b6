import { useEffect } from 'react';
import type { GatewayError } from '../graphql/GatewayError.ts';
import { useSubscription } from '../graphql/hooks.tsx';
import type { UtilizationEvent } from './marginBook.ts';
import { LiveMarginUtilizationSubscription } from './useMarginLive.ts';

export interface MarginUtilizationFeedProps {
  accountId: string;
  onData: (event: UtilizationEvent) => void;
  /** Called with the subscription's error, and with `undefined` when it clears or the feed unmounts. */
  onError: (accountId: string, error: GatewayError | undefined) => void;
}

/**
 * One account's `marginUtilization` subscription, as a component that renders nothing: the
 * subscription takes one account, and hooks cannot be called per item of a list, so the panel
 * renders one feed per account row. All feeds share the client's single WebSocket.
 */
export function MarginUtilizationFeed({ accountId, onData, onError }: MarginUtilizationFeedProps) {
  const { error } = useSubscription(LiveMarginUtilizationSubscription, { accountId }, (data) => onData(data.marginUtilization));
  useEffect(() => onError(accountId, error), [accountId, error, onError]);
  useEffect(() => () => onError(accountId, undefined), [accountId, onError]);
  return null;
}
