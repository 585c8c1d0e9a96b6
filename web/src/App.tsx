import { useEffect, useMemo, useState } from 'react';
import { createGatewayClient } from './graphql/createGatewayClient.ts';
import { GatewayProvider } from './graphql/hooks.tsx';
import { endpoints } from './lib/config.ts';
import { tokenStore } from './lib/tokenStore.ts';
import { ConnectionMonitor } from './app/connection.ts';
import { Shell } from './app/Shell.tsx';
import { TokenPrompt } from './components/TokenPrompt.tsx';

/**
 * The app: without a token, the prompt; with one, a client for it (and a connection monitor fed by
 * its HTTP answers and socket states) and the shell with the routed pages. A rejected token (HTTP
 * or WebSocket) is forgotten and the prompt comes back saying why.
 */
export function App() {
  const [token, setToken] = useState<string | null>(() => tokenStore.read());
  const [authError, setAuthError] = useState<string | null>(null);

  const session = useMemo(() => {
    if (token === null) return null;
    const connection = new ConnectionMonitor();
    const client = createGatewayClient({
      ...endpoints,
      token,
      onSocketState: (state) => connection.reportSocket(state),
      onHttpState: (answered) => connection.reportHttp(answered),
      onUnauthenticated: () => {
        connection.reportUnauthenticated();
        tokenStore.clear();
        setToken(null);
        setAuthError('The gateway rejected this token. Check .data/api-token (or NAUTILUS_API_TOKEN) and try again.');
      },
    });
    return { client, connection };
  }, [token]);
  useEffect(() => () => session?.client.dispose(), [session]);

  if (session === null) {
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
    <GatewayProvider client={session.client} connection={session.connection}>
      <Shell
        onSignOut={() => {
          tokenStore.clear();
          setToken(null);
        }}
      />
    </GatewayProvider>
  );
}
