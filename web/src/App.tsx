import { useEffect, useMemo, useState } from 'react';
import { createGatewayClient, type SocketState } from './graphql/createGatewayClient.ts';
import { GatewayProvider } from './graphql/hooks.tsx';
import { endpoints } from './lib/config.ts';
import { tokenStore } from './lib/tokenStore.ts';
import { useHashSymbol } from './lib/useHashSymbol.ts';
import { InstrumentDetail } from './components/InstrumentDetail.tsx';
import { InstrumentsPanel } from './components/InstrumentsPanel.tsx';
import { MarginPanel } from './components/MarginPanel.tsx';
import { SystemPage } from './components/SystemPage.tsx';
import { Logo, TokenPrompt } from './components/TokenPrompt.tsx';

/**
 * The app shell: without a token, the prompt; with one, a client for it and the workspace.
 * A rejected token (HTTP or WebSocket) is forgotten and the prompt comes back saying why.
 */
export function App() {
  const [token, setToken] = useState<string | null>(() => tokenStore.read());
  const [authError, setAuthError] = useState<string | null>(null);
  const [socketState, setSocketState] = useState<SocketState>('idle');

  const client = useMemo(
    () =>
      token === null
        ? null
        : createGatewayClient({
            ...endpoints,
            token,
            onSocketState: setSocketState,
            onUnauthenticated: () => {
              tokenStore.clear();
              setToken(null);
              setAuthError('The gateway rejected this token. Check .data/api-token (or NAUTILUS_API_TOKEN) and try again.');
            },
          }),
    [token],
  );
  useEffect(() => () => client?.dispose(), [client]);

  if (client === null) {
    return (
      <TokenPrompt
        error={authError}
        gatewayUrl={endpoints.httpUrl}
        onSubmit={(next) => {
          tokenStore.write(next);
          setAuthError(null);
          setToken(next);
        }}
      />
    );
  }

  return (
    <GatewayProvider client={client}>
      <Workspace
        socketState={socketState}
        onSignOut={() => {
          tokenStore.clear();
          setToken(null);
        }}
      />
    </GatewayProvider>
  );
}

const SOCKET_LABEL: Record<SocketState, string> = {
  idle: 'Live: idle',
  connecting: 'Live: connecting…',
  connected: 'Live',
  closed: 'Live: reconnecting…',
};

function Workspace({ socketState, onSignOut }: { socketState: SocketState; onSignOut: () => void }) {
  const [selected, select] = useHashSymbol();
  const [page, setPage] = useState<'markets' | 'system'>('markets');
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <Logo />
          <span>Nautilus</span>
          <nav className="tabs" aria-label="Pages">
            {(['markets', 'system'] as const).map((p) => (
              <button key={p} className={`tab ${page === p ? 'tab--active' : ''}`} aria-current={page === p ? 'page' : undefined} onClick={() => setPage(p)}>
                {p === 'markets' ? 'Markets' : 'System'}
              </button>
            ))}
          </nav>
        </div>
        <div className="topbar-right">
          <span className={`socket socket--${socketState}`} title={endpoints.wsUrl}>
            <span className="dot" />
            {SOCKET_LABEL[socketState]}
          </span>
          <button className="button button--ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      {page === 'system' ? (
        <SystemPage />
      ) : (
        <main className="layout">
          <InstrumentsPanel selected={selected} onSelect={select} />
          {selected === null ? (
            <section className="panel detail empty-state">
              <p className="muted">Select an instrument to see its chart.</p>
            </section>
          ) : (
            <InstrumentDetail symbol={selected} />
          )}
          <MarginPanel />
        </main>
      )}
    </div>
  );
}
