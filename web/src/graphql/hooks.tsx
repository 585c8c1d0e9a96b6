import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GatewayClient } from './createGatewayClient.ts';
import { GatewayError } from './GatewayError.ts';

const GatewayContext = createContext<GatewayClient | null>(null);

/** Makes a {@link GatewayClient} available to {@link useQuery} and {@link useSubscription}. */
export function GatewayProvider({ client, children }: { client: GatewayClient; children: ReactNode }) {
  return <GatewayContext.Provider value={client}>{children}</GatewayContext.Provider>;
}

function useGatewayClient(): GatewayClient {
  const client = useContext(GatewayContext);
  if (client === null) throw new Error('useQuery/useSubscription must be used inside <GatewayProvider>');
  return client;
}

export interface QueryState<TData> {
  /** The latest result; kept while a new one loads so tables and charts don't blink. */
  data: TData | undefined;
  error: GatewayError | undefined;
  loading: boolean;
  /** Runs the query again with the same variables. */
  refetch: () => void;
}

/**
 * Runs a typed query whenever its variables change (compared by value), cancelling the request
 * it replaces so a slow old answer never overwrites a newer one.
 */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const client = useGatewayClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: TData | undefined; error: GatewayError | undefined; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    client
      .request(document, JSON.parse(key) as TVariables, controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const gatewayError = error instanceof GatewayError ? error : new GatewayError('NETWORK_ERROR', String(error), { cause: error });
        setState((s) => ({ data: s.data, error: gatewayError, loading: false }));
      });
    return () => controller.abort();
  }, [client, document, key, options.skip, generation]);

  return { ...state, refetch };
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
  const client = useGatewayClient();
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
