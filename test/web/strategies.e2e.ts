import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, gatewayPoster, useTestDatabase } from '@nautilus/testing';
import { createPool } from '@nautilus/db';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions as marketdataSubscriptions } from '@nautilus/marketdata/subscriptions';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createSimulatorFeed } from '@nautilus/marketdata/feed';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { seedPortfolios } from '@nautilus/portfolio/seed';
import { BacktestRunner, FillRecorder, PaperBroker, PortfolioClient, SignalRunner, createStrategyServer } from '@nautilus/strategy/server';
import { subscriptions as strategySubscriptions } from '@nautilus/strategy/subscriptions';
import { seedStrategies } from '@nautilus/strategy/seed';
import { SUBGRAPHS } from '@nautilus/gateway';
import { startGraph } from '../support/startGraph.ts';
import { CHROMIUM, DESKTOP, PHONE, SCREENSHOTS, TOKEN, buildWeb, hasChromium } from '../support/webPlatform.ts';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const SECRET = 'w'.repeat(48);
const TOKEN_KEY = 'nautilus.apiToken';

/**
 * The Strategies page in real Chromium over marketdata, portfolio and the strategy engine (its
 * backtest runner on worker threads, the paper broker filling against the simulator's quotes, the
 * fill recorder writing portfolio trades) with the demo strategies: live signals arriving, a
 * backtest run from the form with its progress, results and a sweep heat map, and a paper market
 * order placed from the blotter and filled by the next quotes, its events arriving live.
 */
describe.skipIf(!hasChromium)('Strategies page', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  const bus = new MemoryBus();
  const logger = createLogger({ name: 'web-e2e', level: 'silent' });
  let baseUrl: string;
  let browser: Browser;
  let signals: SignalRunner;
  let post: ReturnType<typeof gatewayPoster>;

  beforeAll(async () => {
    const staticDir = buildWeb();
    const pool = stack.use(createPool({ connectionString: database.url, max: 8 }), (p) => p.end());
    // 1.2 years of daily bars: enough for a 10,000-cell event-driven sweep to run for seconds (the cancel below).
    await seedMarketData({ pool, clock, seed: 5, years: 1.2, minuteDays: 1 });
    expect((await seedPortfolios({ pool, clock, seed: 5 })).reason).toBeUndefined();
    expect((await seedStrategies({ pool, clock })).seeded).toBe(true);
    const fills: { recorder?: FillRecorder } = {};
    const broker = new PaperBroker({ pool, bus, clock, logger, onFills: () => void fills.recorder?.wake() });
    const backtests = new BacktestRunner({ pool, bus, clock, logger });
    signals = new SignalRunner({ pool, bus, clock, logger, broker, intervalMs: 365 * 86_400_000 });
    await backtests.start();
    await broker.start();
    signals.start();
    stack.defer(() => backtests.stop());
    stack.defer(() => broker.stop());
    stack.defer(() => signals.stop());
    const graph = await startGraph(
      stack,
      {
        marketdata: await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET }),
        portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
        strategy: createStrategyServer({ pool, bus, clock, logger, internalSecret: SECRET, backtests, broker, signals }),
      },
      { subgraphs: SUBGRAPHS, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions: [...marketdataSubscriptions, ...strategySubscriptions], sandbox: false, staticDir },
    );
    const recorder = new FillRecorder({ pool, clock, logger, recorder: new PortfolioClient({ url: graph.subgraphUrls.portfolio!, secret: SECRET, clock }) });
    fills.recorder = recorder;
    recorder.start();
    stack.defer(() => recorder.stop());
    const feed = await createSimulatorFeed({ pool, bus, clock, seed: 9, tickMs: 1000, logger });
    stack.defer(() => feed.stop());
    feed.start();
    baseUrl = graph.url.replace(/\/graphql$/, '');
    post = gatewayPoster(graph.url, TOKEN);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    stack.defer(() => browser.close());
  });
  afterAll(() => stack.disposeAll());

  const open = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(`window.localStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(TOKEN)})`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${baseUrl}/#/strategies`);
    return { page, errors };
  };
  const screenshot = async (page: import('playwright-core').Page, width: number) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `strategies-${width}.png`), fullPage: width > 640 });
  };

  it('lists the strategies, shows live signals, runs a backtest with a sweep and fills a paper order live', async () => {
    const { page, errors } = await open(DESKTOP);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Strategies');
    const configured = (await post(`{ strategies { id } }`)).data.strategies.length as number;
    expect(configured).toBeGreaterThan(0);
    await expect.poll(() => page.locator('tr[data-strategy]').count(), { timeout: 15_000 }).toBe(configured);

    // Live signals: the runner ticks (the demo's active strategy), signals arrive without a reload.
    const feed = page.getByRole('region', { name: /^Live signals/ });
    expect(await feed.locator('li.signal').count()).toBe(0);
    await expect
      .poll(
        async () => {
          await signals.tick();
          return feed.locator('li.signal').count();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    const stored = await post(`{ signals(first: 5) { totalCount edges { node { symbol strategy { name } } } } }`);
    expect(stored.data.signals.totalCount).toBeGreaterThan(0);
    expect(await feed.locator('li.signal').first().innerText()).toContain('Large-cap trend (SMA 10/50)');

    // A backtest of the active strategy with a 2 × 2 sweep of its moving averages.
    const form = page.getByRole('form', { name: 'Backtest' });
    await form.getByLabel('Strategy').selectOption({ label: 'Large-cap trend (SMA 10/50)' });
    await form.getByLabel('From', { exact: true }).fill('2025-06-01');
    await form.getByLabel('To', { exact: true }).fill('2026-01-05');
    await form.getByLabel('Sweep parameter').selectOption('fast');
    await form.getByLabel('fast values').fill('5, 10');
    await form.getByLabel('Second parameter').selectOption('slow');
    await form.getByLabel('slow values').fill('30, 50');
    await form.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByRole('progressbar', { name: 'Backtest progress' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 60_000 }).toMatch(/^COMPLETED 100%/);
    const results = page.getByLabel('Backtest results');
    await results.getByTestId('bt-return').waitFor({ timeout: 15_000 });
    const heat = results.getByRole('table', { name: 'Sweep heat map' });
    expect(await heat.locator('tbody td').count()).toBe(4);
    expect(await results.locator('canvas').count()).toBeGreaterThan(0);
    const runs = await post(`{ backtests(first: 1) { status metrics { totalReturn } sweep { parameters } } }`);
    expect(runs.data.backtests[0].status).toBe('COMPLETED');
    expect(runs.data.backtests[0].sweep).toHaveLength(4);
    await screenshot(page, DESKTOP.width);

    // A long run (event-driven, a 50 × 200 sweep: the 10,000-cell maximum) cancelled from the page while it runs.
    await form.getByLabel('From', { exact: true }).fill('2025-01-01');
    await form.getByLabel('Mode').selectOption('EVENT');
    await form.getByLabel('fast values').fill(Array.from({ length: 50 }, (_, i) => i + 2).join(', '));
    await form.getByLabel('slow values').fill(Array.from({ length: 200 }, (_, i) => 52 + i).join(', '));
    await form.getByRole('button', { name: 'Run backtest' }).click();
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 30_000 }).toMatch(/^(QUEUED|RUNNING) /);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 15_000 }).toMatch(/^CANCELLED /);
    expect((await post(`{ backtests(first: 1) { status error } }`)).data.backtests[0]).toEqual({ status: 'CANCELLED', error: 'cancelled by the user' });

    // Pause/activate: the paused momentum strategy is activated from its row.
    await page.getByRole('button', { name: 'Activate Multi-asset momentum' }).click();
    await page.getByRole('button', { name: 'Pause Multi-asset momentum' }).waitFor({ timeout: 10_000 });
    const momentum = await post(`{ strategies(status: ACTIVE) { name } }`);
    expect(momentum.data.strategies.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Large-cap trend (SMA 10/50)', 'Multi-asset momentum']));

    // A paper market order from the blotter: accepted, then filled by the next quotes, live.
    const blotter = page.getByRole('region', { name: 'Paper orders' });
    const orderForm = blotter.getByRole('form', { name: 'Place paper order' });
    await orderForm.getByLabel('Symbol').fill('AAPL');
    await orderForm.getByLabel('Order quantity').fill('-1');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    await orderForm.locator('.ui-field-error, [role="alert"]').first().waitFor({ timeout: 10_000 });
    await orderForm.getByLabel('Order quantity').fill('2');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    const row = blotter.locator('tr[data-order]').first();
    await row.waitFor({ timeout: 10_000 });
    await expect
      .poll(
        async () => {
          await clock.advance(1000);
          return row.getAttribute('data-status');
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe('FILLED');
    await blotter.getByRole('list', { name: 'Order events' }).locator('li').filter({ hasText: 'FILLED' }).first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the strategies and signals on a phone', async () => {
    const { page, errors } = await open(PHONE);
    const configured = (await post(`{ strategies { id } }`)).data.strategies.length as number;
    expect(configured).toBeGreaterThan(0);
    await expect.poll(() => page.locator('tr[data-strategy]').count(), { timeout: 15_000 }).toBe(configured);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, PHONE.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
