import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase } from '@nautilus/testing';
import { createPool } from '@nautilus/db';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions } from '@nautilus/marketdata/subscriptions';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createSimulatorFeed } from '@nautilus/marketdata/feed';
import { createGatewayServer } from '@nautilus/gateway';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'web-e2e-token-0123456789';
const SECRET = 'w'.repeat(48);
const logger = createLogger({ name: 'web-e2e', level: 'silent' });

/**
 * The web client as a person uses it, in headless Chromium (Debian's package;
 * .ci/run installs it): sign in with the token, see the instruments, and watch
 * a live price change when the simulator ticks.
 */
describe.skipIf(!existsSync(CHROMIUM))('web client in a browser', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  const bus = new MemoryBus();
  let baseUrl: string;
  let browser: Browser;
  let feed: Awaited<ReturnType<typeof createSimulatorFeed>>;

  beforeAll(async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'nautilus-web-'));
    stack.defer(() => rm(outDir, { recursive: true, force: true }));
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: path.join(root, 'web') });

    const pool = stack.use(createPool({ connectionString: database.url, max: 5 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 5, years: 0.2, minuteDays: 1 });
    const subgraph = await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET });
    const subgraphUrl = await subgraph.listen(0);
    stack.defer(() => subgraph.stop());
    const gateway = await createGatewayServer({ subgraphUrls: { marketdata: subgraphUrl }, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions, sandbox: true, staticDir: outDir });
    const { url } = await gateway.listen(0);
    stack.defer(() => gateway.stop());
    baseUrl = url.replace(/\/graphql$/, '');
    feed = await createSimulatorFeed({ pool, bus, clock, seed: 9, tickMs: 1000, logger });
    stack.defer(() => feed.stop());

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    stack.defer(() => browser.close());
  });
  afterAll(() => stack.disposeAll());

  it('signs in with the token, lists instruments and shows live quotes as they tick', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(baseUrl);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Connect' }).click();

    const row = page.locator('tr', { has: page.locator('.symbol', { hasText: /^AAPL$/ }) });
    await row.waitFor({ timeout: 15_000 });
    expect(await page.getByText('50 total').isVisible()).toBe(true);

    // No quote yet: the last price shown is the last daily close. One simulator tick later it is the live one.
    feed.start();
    await clock.advance(1000);
    const live = feed.latestQuotes.find((q) => q.symbol === 'AAPL');
    expect(live).toBeDefined();
    await expect.poll(async () => (await row.locator('td').last().innerText()).replace(/,/g, ''), { timeout: 10_000 }).toBe(live!.last.toFixed(2));
    expect(errors).toEqual([]);
  });

  it('serves a self-hosted GraphiQL that runs queries with the stored token (no CDN needed)', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(baseUrl);
    // Runs in the page (DOM), not in Node: localStorage is the browser's.
    await page.evaluate((token) => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('nautilus.apiToken', token), TOKEN);
    await page.goto(`${baseUrl}/graphiql`);
    // GraphiQL ignores Run until its editor and the introspected schema are ready: retry the click
    // until a response shows.
    const response = page.locator('.graphiql-response');
    await expect
      .poll(
        async () => {
          const text = await response.innerText();
          if (!text.includes('totalCount')) await page.locator('button.graphiql-execute-button').click();
          return text;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toMatch(/"totalCount": 50/);
  });
});
