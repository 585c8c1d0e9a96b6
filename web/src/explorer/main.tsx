import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';
import { endpoints } from '../lib/config.ts';
import { tokenStore } from '../lib/tokenStore.ts';

/**
 * A self-hosted GraphiQL at /graphiql.html: Apollo Sandbox loads from Apollo's
 * CDN, so machines without internet (and air-gapped desks) need an explorer
 * that ships with the platform. It reuses the web client's token (asks once if
 * there is none) and runs subscriptions over graphql-ws like the app does.
 */
let token = tokenStore.read();
if (!token) {
  token = window.prompt('API token of the gateway (npm start prints it; also in .data/api-token)')?.trim() ?? '';
  if (token) tokenStore.write(token);
}
const authorization = `Bearer ${token}`;

const fetcher = createGraphiQLFetcher({
  url: endpoints.httpUrl,
  headers: { authorization },
  wsClient: createClient({ url: endpoints.wsUrl, connectionParams: { authorization }, lazy: true }),
});

const defaultQuery = `# Nautilus: one graph over the whole platform.
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
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
