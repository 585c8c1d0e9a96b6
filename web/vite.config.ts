import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
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

/** Text files worth compressing. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes `file.br` and `file.gz` next to every compressible file of the build (1 KiB or more),
 * so the gateway serves them as they are (Content-Encoding) instead of compressing per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'nautilus-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    // No public source maps in production: NAUTILUS_SOURCEMAP=hidden writes them without the
    // `sourceMappingURL` comment (for an error tracker); the gateway never serves `.map` files.
    sourcemap: process.env.NAUTILUS_SOURCEMAP === 'hidden' ? 'hidden' : false,
    rollupOptions: {
      // Two pages: the app, and a self-hosted GraphiQL for browsers that cannot reach Apollo's CDN.
      input: {
        app: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
      output: {
        // One chunk per page, named after it (assets/page-markets-<hash>.js), so sizes can be read per page.
        chunkFileNames: (chunk) => {
          const page = /\/pages\/([^/]+)\/index\.tsx$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return page === undefined ? 'assets/[name]-[hash].js' : `assets/page-${page}-[hash].js`;
        },
      },
    },
  },
});
