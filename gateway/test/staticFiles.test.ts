import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync, gunzipSync, brotliDecompressSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, acceptsEncoding, graphqlBrowserPage, staticFiles } from '../src/staticFiles.ts';

describe('staticFiles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'nautilus-static-'));
  const script = 'console.log("hello");'.repeat(100);
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(root, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
    writeFileSync(path.join(root, 'assets/app-abc123.js'), script);
    writeFileSync(path.join(root, 'assets/app-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(root, 'assets/app-abc123.js.gz'), gzipSync(script));
    writeFileSync(path.join(root, 'assets/app-abc123.js.map'), '{"version":3}');
    writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
    const app = express();
    app.use(staticFiles(root));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) => fetch(`${base}${url}`, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });
  const raw = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('serves the brotli or gzip file the browser accepts, with the original type, and caches hashed assets for a year', async () => {
    // fetch (undici) decodes Content-Encoding itself, so compare the decoded body and the headers.
    const br = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect((await raw(br)).toString()).toBe(script);

    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect((await raw(gz)).toString()).toBe(script);

    const plain = await get('/assets/app-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await raw(plain)).toString()).toBe(script);
    // The compressed files decode to the original.
    expect(brotliDecompressSync(brotliCompressSync(script)).toString()).toBe(script);
    expect(gunzipSync(gzipSync(script)).toString()).toBe(script);
  });

  it('revalidates pages and unhashed files on every load', async () => {
    for (const url of ['/', '/index.html', '/graphiql', '/favicon.svg', '/some/typed/path']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe(REVALIDATE_CACHE);
    }
    expect(await (await get('/graphiql')).text()).toContain('<title>graphiql</title>');
    expect(await (await get('/markets')).text()).toContain('<title>app</title>');
  });

  it('never serves source maps, nor files outside the folder', async () => {
    expect((await get('/assets/app-abc123.js.map')).status).toBe(404);
    const traversal = await get('/assets/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(await traversal.text()).not.toContain('root:');
  });

  it('reads Accept-Encoding with q-values', () => {
    expect(acceptsEncoding('gzip, br;q=0.5', 'br')).toBe(true);
    expect(acceptsEncoding('gzip, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('gzip', 'br')).toBe(false);
  });
});

describe('graphqlBrowserPage', () => {
  it('points to the self-hosted GraphiQL, and to Sandbox only when it is enabled', () => {
    expect(graphqlBrowserPage({ graphiql: true, sandbox: false })).toContain('href="/graphiql"');
    expect(graphqlBrowserPage({ graphiql: true, sandbox: false })).not.toContain('Sandbox');
    expect(graphqlBrowserPage({ graphiql: true, sandbox: true })).toContain('href="/graphql?sandbox"');
    expect(graphqlBrowserPage({ graphiql: false, sandbox: false })).toContain('No explorer is enabled');
  });
});
