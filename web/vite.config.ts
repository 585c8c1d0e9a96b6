import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm start` runs the gateway; override with NAUTILUS_GATEWAY_ORIGIN for `npm run dev`. */
const gatewayOrigin = process.env.NAUTILUS_GATEWAY_ORIGIN ?? 'http://localhost:4000';

/**
 * The app talks to `/graphql` on its own origin (HTTP and graphql-ws), so the same build works
 * behind the gateway, behind nginx and on the dev server. In development the dev server proxies
 * `/graphql`, WebSockets included, to the gateway. The proxy keeps the browser's `Host` header
 * (no `changeOrigin`), so the gateway's WebSocket `Origin` check sees a same-origin request, just
 * as it would for a page the gateway served itself.
 */
const proxy = { '/graphql': { target: gatewayOrigin, ws: true } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      // Two pages: the app, and a self-hosted GraphiQL for browsers that cannot reach Apollo's CDN.
      input: {
        app: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
    },
  },
});
