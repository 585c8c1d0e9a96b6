import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { CloseCode, createClient } from 'graphql-ws';
import 'graphiql/style.css';
import { endpoints } from '../lib/config.ts';
import { tokenStore } from '../lib/tokenStore.ts';
import { isRefusal } from './refusal.ts';

/**
 * A self-hosted GraphiQL at /graphiql: Apollo Sandbox loads from Apollo's CDN, so machines without
 * internet (and air-gapped desks) need an explorer that ships with the platform. It shares the web
 * client's token, and asks for it (again) when there is none or the gateway answers
 * UNAUTHENTICATED (HTTP 401, an `UNAUTHENTICATED` error, or the socket closed with 4401/4403).
 */
function Explorer() {
  const [token, setToken] = useState<string | null>(() => tokenStore.read());
  const [refused, setRefused] = useState(false);

  const fetcher = useMemo(() => {
    if (token === null) return null;
    const authorization = `Bearer ${token}`;
    const refuse = () => {
      tokenStore.clear();
      setRefused(true);
      setToken(null);
    };
    return createGraphiQLFetcher({
      url: endpoints.httpUrl,
      headers: { authorization },
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => undefined);
        if (isRefusal(response.status, body)) refuse();
        return response;
      },
      wsClient: createClient({
        url: endpoints.wsUrl,
        connectionParams: { authorization },
        lazy: true,
        shouldRetry: (event) => !isAuthClose(event),
        on: { closed: (event) => (isAuthClose(event) ? refuse() : undefined) },
      }),
    });
  }, [token]);

  if (fetcher === null) {
    return (
      <TokenForm
        refused={refused}
        onSubmit={(next) => {
          tokenStore.write(next);
          setRefused(false);
          setToken(next);
        }}
      />
    );
  }
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />;
}

function isAuthClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

function TokenForm({ refused, onSubmit }: { refused: boolean; onSubmit: (token: string) => void }) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = value.trim().replace(/^Bearer\s+/i, '');
    if (next !== '') onSubmit(next);
  };
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '32em', margin: '12vh auto', padding: '0 1em' }}>
      <h1 style={{ fontSize: 20 }}>Nautilus GraphiQL</h1>
      {refused && (
        <p role="alert" style={{ color: '#b91c1c' }}>
          The gateway refused the token (UNAUTHENTICATED). Enter it again.
        </p>
      )}
      <form onSubmit={submit}>
        <label style={{ display: 'grid', gap: 4 }}>
          API token (npm start prints it; also in .data/api-token)
          <input type="password" autoFocus autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} style={{ font: 'inherit', padding: '6px 8px' }} />
        </label>
        <button type="submit" style={{ marginTop: 10, font: 'inherit', padding: '6px 14px' }} disabled={value.trim() === ''}>
          Open GraphiQL
        </button>
      </form>
    </main>
  );
}

const DEFAULT_QUERY = `# Nautilus: one graph over the whole platform.
query Market {
  instruments(first: 5) {
    totalCount
    edges { node { symbol name lastPrice latestQuote { bid ask ts } } }
  }
}

# Run this one to watch live quotes:
# subscription Live { quotes(symbols: ["AAPL", "SPY"]) { symbol last ts instrument { name } } }
`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
