import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Hashed build assets (Vite writes them under `assets/` with a content hash): cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files: revalidated on every load, so a new build shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves a built web client (web/dist):
 * - a precompressed sibling (`x.js.br`, `x.js.gz`, written by the build) when the browser accepts
 *   it, with `Content-Encoding` and `Vary: Accept-Encoding`;
 * - `Cache-Control`: a year and immutable for `assets/` (content-hashed names), `no-cache` for the
 *   rest (index.html, graphiql.html, favicon);
 * - no source maps: a `.map` file is never served, even if a build left one behind;
 * - `/graphiql` is the self-hosted GraphiQL; any other path that is not an API route gets
 *   index.html (the app routes by hash, so this only catches typed-in paths).
 */
export function staticFiles(root: string): express.Router {
  const router = express.Router();
  const resolvedRoot = path.resolve(root);

  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.endsWith('.map')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const relative = decodeURIComponent(req.path);
    const file = path.resolve(resolvedRoot, `.${relative}`);
    if (!file.startsWith(resolvedRoot + path.sep) || !isFile(file)) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => acceptsEncoding(accepted, e.token) && isFile(file + e.suffix));
    res.setHeader('Cache-Control', relative.startsWith('/assets/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding === undefined) {
      res.sendFile(file, { cacheControl: false, dotfiles: 'deny' });
      return;
    }
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding.token);
    res.sendFile(file + encoding.suffix, { cacheControl: false, dotfiles: 'deny', headers: { 'Content-Type': res.getHeader('Content-Type') as string } });
  });

  const page = (name: string) => (_req: express.Request, res: express.Response) => {
    res.setHeader('Cache-Control', REVALIDATE_CACHE);
    res.sendFile(name, { root: resolvedRoot, cacheControl: false });
  };
  // The self-hosted GraphiQL (web/graphiql.html) for browsers that cannot load Apollo Sandbox from its CDN.
  router.get('/graphiql', page('graphiql.html'));
  router.get(/^\/(?!graphql|health|ready|metrics).*/, page('index.html'));
  return router;
}

/** Whether an `Accept-Encoding` header accepts `token` (present and not `;q=0`). */
export function acceptsEncoding(header: string, token: string): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== token) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * The answer to a browser that opens `/graphql` itself (GET, HTML accepted, no `query`): a short
 * page pointing to the self-hosted GraphiQL, which works offline and whatever state the graph is
 * in, instead of a landing page that needs Apollo's CDN.
 */
export function graphqlBrowserPage(options: { graphiql: boolean; sandbox: boolean }): string {
  const links = [
    options.graphiql ? '<li><a href="/graphiql">GraphiQL</a> (served by this gateway; asks for the API token)</li>' : '',
    options.sandbox ? '<li><a href="/graphql?sandbox">Apollo Sandbox</a> (loads from Apollo\'s CDN: needs internet)</li>' : '',
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nautilus GraphQL endpoint</title>
<style>body{font:15px/1.5 system-ui,sans-serif;background:#070b14;color:#dbe4f3;max-width:40em;margin:10vh auto;padding:0 1em}a{color:#38bdf8}code{background:#111a2c;padding:0 4px;border-radius:4px}</style></head>
<body><h1>Nautilus GraphQL endpoint</h1><p>This URL answers GraphQL requests (<code>POST /graphql</code> with <code>Authorization: Bearer &lt;token&gt;</code>, subscriptions over WebSocket).</p>
${links === '' ? '<p>No explorer is enabled on this gateway.</p>' : `<p>To explore the API in a browser, open:</p><ul>${links}</ul>`}
<p><a href="/">The Nautilus web client</a></p></body></html>`;
}
