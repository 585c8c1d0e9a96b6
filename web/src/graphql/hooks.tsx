import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GatewayClient } from './createGatewayClient.ts';
import { GatewayError } from './GatewayError.ts';
import { backoffDelay, isRetryable, type ConnectionMonitor, type ConnectionStatus } from '../app/connection.ts';

interface GatewayContextValue {
  client: GatewayClient;
  connection: ConnectionMonitor | null;
}

const GatewayContext = createContext<GatewayContextValue | null>(null);

/**
 * Makes a {@link GatewayClient} available to {@link useQuery}, {@link useMutation} and
 * {@link useSubscription}; with a {@link ConnectionMonitor}, queries also retry at once when the
 * gateway answers again, and {@link useConnectionStatus} works.
 */
export function GatewayProvider({ client, connection = null, children }: { client: GatewayClient; connection?: ConnectionMonitor | null; children: ReactNode }) {
  const value = useMemo<GatewayContextValue>(() => ({ client, connection }), [client, connection]);
  return <GatewayContext.Provider value={value}>{children}</GatewayContext.Provider>;
}

function useGateway(): GatewayContextValue {
  const value = useContext(GatewayContext);
  if (value === null) throw new Error('useQuery/useMutation/useSubscription must be used inside <GatewayProvider>');
  return value;
}

const NO_MONITOR = () => () => undefined;

/** The header's connection status (HTTP and socket together); `connecting` without a monitor. */
export function useConnectionStatus(): ConnectionStatus {
  const { connection } = useGateway();
  return useSyncExternalStore(
    connection?.subscribe ?? NO_MONITOR,
    () => connection?.status ?? 'connecting',
    () => 'connecting',
  );
}

export interface QueryState<TData> {
  /** The latest result; kept while a new one loads so tables and charts don't blink. */
  data: TData | undefined;
  error: GatewayError | undefined;
  loading: boolean;
  /** When the next automatic retry is due (epoch ms), while one is scheduled after a network error. */
  retryAt: number | undefined;
  /** Runs the query again with the same variables (also what a Retry button calls). */
  refetch: () => void;
}

export interface QueryOptions {
  skip?: boolean;
  /** Reload every `pollMs` milliseconds while mounted (a quiet reload: data stays while it runs). */
  pollMs?: number;
}

/**
 * Runs a typed query whenever its variables change (compared by value), cancelling the request
 * it replaces so a slow old answer never overwrites a newer one.
 *
 * After an error a retry can fix (network, 5xx, rate limit) it retries by itself with exponential
 * backoff (1 s, 2 s, 4 s … 15 s, jittered), and at once when the connection monitor sees the
 * gateway answer again, so panels recover from an outage without a reload.
 */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TData> {
  const { client, connection } = useGateway();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: TData | undefined; error: GatewayError | undefined; loading: boolean; retryAt: number | undefined }>({
    data: undefined,
    error: undefined,
    loading: !options.skip,
    retryAt: undefined,
  });
  const [generation, setGeneration] = useState(0);
  const attempts = useRef(0);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);

  // A new document or variables start the backoff afresh.
  useEffect(() => {
    attempts.current = 0;
  }, [document, key]);

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopRecovery: (() => void) | undefined;
    setState((s) => ({ ...s, loading: true, retryAt: undefined }));
    client
      .request(document, JSON.parse(key) as TVariables, controller.signal)
      .then((data) => {
        if (controller.signal.aborted) return;
        attempts.current = 0;
        setState({ data, error: undefined, loading: false, retryAt: undefined });
        if (options.pollMs !== undefined) timer = setTimeout(refetch, options.pollMs);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const gatewayError = error instanceof GatewayError ? error : new GatewayError('NETWORK_ERROR', String(error), { cause: error });
        let retryAt: number | undefined;
        if (isRetryable(gatewayError.code)) {
          const delay = backoffDelay(attempts.current);
          attempts.current += 1;
          retryAt = Date.now() + delay;
          timer = setTimeout(refetch, delay);
          stopRecovery = connection?.onRecovered(refetch);
        }
        setState((s) => ({ data: s.data, error: gatewayError, loading: false, retryAt }));
      });
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
      stopRecovery?.();
    };
  }, [client, connection, document, key, options.skip, options.pollMs, generation, refetch]);

  return { ...state, refetch };
}

/** The client's `request`, for one-off queries run on demand (a form's "compute" button). */
export function useGatewayRequest(): GatewayClient['request'] {
  const { client } = useGateway();
  return useCallback<GatewayClient['request']>((document, variables, signal) => client.request(document, variables, signal), [client]);
}

export interface MutationState<TData> {
  data: TData | undefined;
  error: GatewayError | undefined;
  running: boolean;
}

/**
 * A typed mutation: `mutate(variables)` resolves with the data, or with `undefined` after an error
 * (kept in `error`, with its `code` and `field` for the form to show next to the input).
 */
export function useMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): [(variables: TVariables) => Promise<TData | undefined>, MutationState<TData> & { reset: () => void }] {
  const { client } = useGateway();
  const [state, setState] = useState<MutationState<TData>>({ data: undefined, error: undefined, running: false });
  const mutate = useCallback(
    async (variables: TVariables) => {
      setState((s) => ({ ...s, running: true, error: undefined }));
      try {
        const data = await client.request(document, variables);
        setState({ data, error: undefined, running: false });
        return data;
      } catch (error) {
        const gatewayError = error instanceof GatewayError ? error : new GatewayError('NETWORK_ERROR', String(error), { cause: error });
        setState({ data: undefined, error: gatewayError, running: false });
        return undefined;
      }
    },
    [client, document],
  );
  const reset = useCallback(() => setState({ data: undefined, error: undefined, running: false }), []);
  return [mutate, { ...state, reset }];
}

/**
 * Keeps a typed subscription open while the component is mounted and its variables stay the same
 * (compared by value); each result goes to `onData`, which may change between renders freely.
 * Returns the last error, cleared by the next result.
 */
export function useSubscription<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onData: (data: TData) => void,
  options: { skip?: boolean } = {},
): { error: GatewayError | undefined } {
  const { client } = useGateway();
  const key = JSON.stringify(variables);
  const onDataRef = useRef(onData);
  useEffect(() => {
    onDataRef.current = onData;
  });
  const [error, setError] = useState<GatewayError | undefined>(undefined);

  useEffect(() => {
    if (options.skip) return;
    return client.subscribe(document, JSON.parse(key) as TVariables, {
      next: (data) => {
        setError(undefined);
        onDataRef.current(data);
      },
      error: setError,
    });
  }, [client, document, key, options.skip]);

  return { error };
}
