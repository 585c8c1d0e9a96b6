/** The two URLs the app talks to: GraphQL over HTTP POST and graphql-ws over WebSocket. */
export interface GatewayEndpoints {
  httpUrl: string;
  wsUrl: string;
}

/** The parts of `window.location` that {@link resolveGatewayEndpoints} needs (a plain object in tests). */
export interface PageLocation {
  protocol: string;
  host: string;
  href: string;
}

/**
 * Resolves the configured gateway URL against the page's location.
 *
 * Why: the default is the relative `/graphql`, so the same build works when the gateway (or nginx,
 * or the Vite dev server's proxy) serves the page. WebSockets need an absolute `ws:`/`wss:` URL,
 * derived here from the HTTP one so a page served over HTTPS never opens a plain-text socket.
 */
export function resolveGatewayEndpoints(configured: string | undefined, location: PageLocation): GatewayEndpoints {
  const raw = configured === undefined || configured.trim() === '' ? '/graphql' : configured.trim();
  const http = new URL(raw, location.href);
  if (http.protocol === 'ws:' || http.protocol === 'wss:') {
    const ws = http.href;
    http.protocol = http.protocol === 'wss:' ? 'https:' : 'http:';
    return { httpUrl: http.href, wsUrl: ws };
  }
  const ws = new URL(http.href);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { httpUrl: http.href, wsUrl: ws.href };
}
