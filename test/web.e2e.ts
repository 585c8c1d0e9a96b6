import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createAccel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, gatewayPoster, useTestDatabase } from '@nautilus/testing';
import { createPool } from '@nautilus/db';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions as marketdataSubscriptions } from '@nautilus/marketdata/subscriptions';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createSimulatorFeed } from '@nautilus/marketdata/feed';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { seedPortfolios } from '@nautilus/portfolio/seed';
import { createRiskServer } from '@nautilus/risk/server';
import { MarginMonitor, createCollateralServer } from '@nautilus/collateral/server';
import { subscriptions as collateralSubscriptions } from '@nautilus/collateral/subscriptions';
import { seedMarginAccounts } from '@nautilus/collateral/seed';
import { SUBGRAPHS } from '@nautilus/gateway';
import { startGraph } from './support/startGraph.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'web-e2e-token-0123456789';
const SECRET = 'w'.repeat(48);
const logger = createLogger({ name: 'web-e2e', level: 'silent' });

/** The demo margin accounts (seedMarginAccounts) by name, with their demo portfolio (seedPortfolios). */
const SEEDED = { 'Prime Brokerage': 'Holdings Core Equity', 'Portfolio Margin': 'Trust Income', Margin: 'Alex Personal' } as const;
const SEEDED_ACCOUNTS = Object.keys(SEEDED) as Array<keyof typeof SEEDED>;
/** The leveraged account the test opens through the gateway. */
const LEVERED = 'Levered Reg T';
/** Held by no demo book, so crashing it moves only the leveraged account. */
const LEVERED_SYMBOL = 'WMT';
const LEVERED_SHARES = 1_000;

/** The panel's percent (formatUtilization) for a utilisation below 1,000%. */
const percent = (utilization: number) => `${(Math.max(0, utilization) * 100).toFixed(1)}%`;
const cents = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The web client as a person uses it, in headless Chromium (Debian's package;
 * .ci/run installs it), against the whole graph (marketdata, portfolio, risk,
 * collateral) composed by the gateway: sign in with the token, see the
 * instruments, watch a live price change when the simulator ticks, and watch
 * the margin panel follow the margin monitor, which consumes the same bus
 * (live utilisation, then a margin call provoked by a crashing quote).
 */
describe.skipIf(!existsSync(CHROMIUM))('web client in a browser', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  const bus = new MemoryBus();
  let baseUrl: string;
  let browser: Browser;
  let feed: Awaited<ReturnType<typeof createSimulatorFeed>>;
  let monitor: MarginMonitor;
  let post: ReturnType<typeof gatewayPoster>;
  /** The leveraged account: its id, instrument, margin loan and the price under which it is in call. */
  let levered: { accountId: string; instrumentId: string; loan: number; price: number; callPrice: number };

  /** A new page, signed in with the token; `now` fixes the page's Date (timers keep running) to the test clock's time. */
  const openSignedIn = async (now?: number): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (now !== undefined) await page.clock.setFixedTime(now);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(baseUrl);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Connect' }).click();
    return { page, errors };
  };
  /**
   * A quote for the leveraged account's instrument, straight onto the bus (as the feed would publish
   * it), once the monitor has taken it in and revalued the account. The clock stays put: advancing it
   * would tick the simulator, whose quote for the instrument would land after this one.
   */
  const publishLevered = async (last: number) => {
    await bus.publish('marketdata.quote', { instrumentId: levered.instrumentId, symbol: LEVERED_SYMBOL, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(clock.now()).toISOString() });
    await expect.poll(() => monitor.price(levered.instrumentId), { timeout: 5_000, interval: 10 }).toBe(last);
    await monitor.idle();
  };
  /** The account's status as the collateral subgraph reports it through the gateway. */
  const statusOf = async (accountId: string) => {
    const result = await post(`query($id: ID!) { marginAccount(id: $id) { status { utilization inCall } liveCall { kind amountDue } } }`, { id: accountId });
    expect(result.errors).toBeUndefined();
    return result.data.marginAccount as { status: { utilization: number; inCall: boolean }; liveCall: { kind: string; amountDue: number } | null };
  };

  beforeAll(async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'nautilus-web-'));
    stack.defer(() => rm(outDir, { recursive: true, force: true }));
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: path.join(root, 'web') });

    // A small world, seeded in launcher order: market data (enough daily bars for the demo books), the
    // demo family office's portfolios, then its margin accounts.
    const pool = stack.use(createPool({ connectionString: database.url, max: 8 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 5, years: 0.6, minuteDays: 1 });
    const portfolios = await seedPortfolios({ pool, clock, seed: 5 });
    expect(portfolios.reason).toBeUndefined();
    const margin = await seedMarginAccounts({ pool, clock });
    expect(margin).toMatchObject({ seeded: true, accounts: SEEDED_ACCOUNTS.length });

    const accel = stack.use(await createAccel({ backends: ['js'], calibrate: 'never' }), (a) => a.close());
    monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: false });
    await monitor.start();
    stack.defer(() => monitor.stop());
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel }),
      collateral: createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor }),
    };
    const { url } = await startGraph(stack, servers, {
      subgraphs: SUBGRAPHS,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: [...marketdataSubscriptions, ...collateralSubscriptions],
      sandbox: true,
      staticDir: outDir,
    });
    baseUrl = url.replace(/\/graphql$/, '');
    post = gatewayPoster(url, TOKEN);
    feed = await createSimulatorFeed({ pool, bus, clock, seed: 9, tickMs: 1000, logger });
    stack.defer(() => feed.stop());

    // One leveraged account, opened through the gateway: half of 1,000 shares bought on margin at the
    // last close, the price the monitor values it at until the instrument ticks.
    const { rows } = await pool.query<{ id: string; close: number }>(
      `SELECT i.id::text, b.close FROM marketdata.instrument i JOIN LATERAL (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b ON true WHERE i.symbol = $1`,
      [LEVERED_SYMBOL],
    );
    const instrumentId = rows[0]!.id;
    const price = Math.round(rows[0]!.close * 100) / 100;
    const cash = Math.round((LEVERED_SHARES * price) / 2);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada Lovelace" }) { id } }`);
    const ownerId = entity.data.createEntity.id as string;
    const created = await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Ada Levered" }) { id } }`, { e: ownerId });
    const portfolioId = created.data.createPortfolio.id as string;
    const deposited = await post(`mutation($i: CashInput!) { depositCash(input: $i) { amount } }`, { i: { portfolioId, amount: cash, ts: '2026-01-05T14:00:00Z' } });
    expect(deposited.errors).toBeUndefined();
    const traded = await post(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId, trades: [{ symbol: LEVERED_SYMBOL, side: 'BUY', quantity: LEVERED_SHARES, price, fees: 0, ts: '2026-01-05T15:00:00Z' }] },
    });
    expect(traded.errors).toBeUndefined();
    const account = await post(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id status { houseRequirement inCall } } }`, {
      i: { ownerId, name: LEVERED, broker: 'Test Prime', methodology: 'REG_T', portfolioIds: [portfolioId] },
    });
    expect(account.errors).toBeUndefined();
    expect(account.data.createMarginAccount.status.inCall).toBe(false);
    // equity(P) = shares·P − loan ≥ rate·shares·P  ⇔  P ≥ loan / (shares·(1 − rate))
    const loan = LEVERED_SHARES * price - cash;
    const rate = account.data.createMarginAccount.status.houseRequirement / (LEVERED_SHARES * monitor.price(instrumentId)!);
    levered = { accountId: account.data.createMarginAccount.id, instrumentId, loan, price, callPrice: loan / (LEVERED_SHARES * (1 - rate)) };

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    stack.defer(() => browser.close());
  });
  afterAll(() => stack.disposeAll());

  it('signs in with the token, lists instruments and shows live quotes as they tick', async () => {
    const { page, errors } = await openSignedIn();

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
    await page.close();
  });

  it('lists the margin accounts with utilisation bars, follows live utilisation and shows a margin call as it is raised', async () => {
    // The page reads deadlines ("due in …") against its own Date: give it the test clock's.
    const { page, errors } = await openSignedIn(clock.now());
    const panel = page.getByRole('region', { name: 'Margin' });
    const rows = panel.locator('tr.margin-row');
    const rowOf = (accountName: string) => panel.locator('tr.margin-row', { has: page.locator('.account-name', { hasText: new RegExp(`^${accountName}$`) }) });

    // Loaded from the whole graph: every account by name, with its portfolios and owner (resolved by the
    // portfolio subgraph), figures from the margin monitor and a utilisation bar.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(SEEDED_ACCOUNTS.length + 1);
    expect(await panel.locator('.panel-header').innerText()).toContain(`${SEEDED_ACCOUNTS.length + 1} accounts`);
    expect((await panel.locator('.account-name').allInnerTexts()).sort()).toEqual([...SEEDED_ACCOUNTS, LEVERED].sort());
    for (const name of SEEDED_ACCOUNTS) {
      expect(await rowOf(name).locator('td .name').getAttribute('title')).toContain(SEEDED[name]);
      expect(await rowOf(name).locator('td').nth(1).innerText()).not.toBe('');
      expect(await rowOf(name).locator('td.num').first().innerText()).toMatch(/^\d{1,3}(,\d{3})+$/); // equity
    }
    for (const name of [...SEEDED_ACCOUNTS, LEVERED]) {
      const meter = rowOf(name).getByRole('meter', { name: 'Utilisation' });
      expect(await meter.getAttribute('aria-valuetext')).toMatch(/^\d+\.\d%$/);
      expect(await rowOf(name).locator('.util-value').innerText()).toMatch(/^\d+\.\d%$/);
      expect(await rowOf(name).locator('.util-fill').getAttribute('style')).toMatch(/width: \d+(\.\d)?%/);
    }
    const leveredRow = panel.locator(`tr.margin-row[data-account="${levered.accountId}"]`);
    expect(await leveredRow.locator('td').nth(1).innerText()).toBe('Ada Lovelace');
    expect(await leveredRow.locator('td .name').innerText()).toBe('Test Prime · USD · Ada Levered');
    expect(await leveredRow.locator('.badge--method').innerText()).toBe('Reg T');
    expect(await panel.locator('.error-banner').count()).toBe(0);
    expect(await panel.locator('.margin-alerts-empty').isVisible()).toBe(true);

    // Live: a 10% drop of the holding (still above the call price) reaches the row through marginUtilization.
    const before = await leveredRow.locator('.util-value').innerText();
    const dropped = levered.price * 0.9;
    expect(dropped).toBeGreaterThan(levered.callPrice);
    await publishLevered(dropped);
    const afterDrop = await statusOf(levered.accountId);
    expect(afterDrop.status.inCall).toBe(false);
    expect(percent(afterDrop.status.utilization)).not.toBe(before);
    await expect.poll(() => leveredRow.locator('.util-value').innerText(), { timeout: 10_000 }).toBe(percent(afterDrop.status.utilization));
    expect(await leveredRow.getByRole('meter').getAttribute('aria-valuetext')).toBe(percent(afterDrop.status.utilization));

    // A crash under the call price: the monitor raises a call; the row turns red with the amount due
    // and moves to the top, the header counts it, and the alert strip shows the marginCallRaised event.
    await publishLevered(levered.callPrice * 0.8);
    const called = await statusOf(levered.accountId);
    expect(called.status.inCall).toBe(true);
    expect(called.liveCall).not.toBeNull();
    const amountDue = `IN CALL USD ${cents(called.liveCall!.amountDue)}`;
    await expect.poll(() => leveredRow.locator('.badge--call').innerText(), { timeout: 10_000 }).toBe(amountDue);
    expect(await leveredRow.getAttribute('class')).toContain('margin-row--call');
    expect(await rows.first().getAttribute('data-account')).toBe(levered.accountId);
    expect(await panel.locator('.panel-header').innerText()).toContain('1 in call');
    const alert = panel.locator('li.margin-alert--call');
    await alert.first().waitFor({ timeout: 10_000 });
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('b').innerText()).toBe(LEVERED);
    expect(await alert.locator('.badge--call').innerText()).toBe(`CALL · ${called.liveCall!.kind}`);
    expect(await alert.innerText()).toMatch(new RegExp(`USD ${cents(called.liveCall!.amountDue)} due in \\d`));
    expect(await leveredRow.locator('.status-cell .name').innerText()).toMatch(new RegExp(`^${called.liveCall!.kind.toLowerCase()} · due in \\d`));
    expect(await panel.getByText(/^Alerts \(\d+\)$/).isVisible()).toBe(true);
    // The demo accounts hold no WMT: none of them is in call.
    for (const name of SEEDED_ACCOUNTS) expect(await rowOf(name).locator('.badge--call').count()).toBe(0);
    expect(await panel.locator('.error-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
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

