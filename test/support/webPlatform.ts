import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type pg from 'pg';
import { createAccel, type Accel } from '@nautilus/accel';
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
import { subscriptions as riskSubscriptions } from '@nautilus/risk/subscriptions';
import { MarginMonitor, createCollateralServer } from '@nautilus/collateral/server';
import { subscriptions as collateralSubscriptions } from '@nautilus/collateral/subscriptions';
import { seedMarginAccounts } from '@nautilus/collateral/seed';
import { createSystemServer } from '@nautilus/system/server';
import { BacktestRunner, FillRecorder, PaperBroker, PortfolioClient, SignalRunner, createStrategyServer } from '@nautilus/strategy/server';
import { subscriptions as strategySubscriptions } from '@nautilus/strategy/subscriptions';
import { seedStrategies } from '@nautilus/strategy/seed';
import { SUBGRAPHS } from '@nautilus/gateway';
import { startGraph, type StartedGraph } from './startGraph.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** True when Debian's Chromium is installed: browser tests `describe.skipIf(!hasChromium)`. */
export const hasChromium = existsSync(CHROMIUM);
export const TOKEN = 'web-e2e-token-0123456789';
const SECRET = 'w'.repeat(48);
/** Where the tests save screenshots: `.artifacts/screenshots/<page>-<width>.png` (gitignored). */
export const SCREENSHOTS = path.join(root, '.artifacts/screenshots');
/** The app keeps the token under this localStorage key (web/src/lib/tokenStore.ts). */
const TOKEN_KEY = 'nautilus.apiToken';

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface WebPlatformOptions {
  /** Years of seeded daily history (default 1.2: more than a year, so the 1Y and All ranges differ). */
  years?: number;
  /** Days of seeded minute bars (default 2). */
  minuteDays?: number;
  /** Start the simulator feed (ticking on `clock.advance`) before the tests (default true). */
  startFeed?: boolean;
  /** Margin monitor's prediction (default false: slow, and not needed by most pages). */
  prediction?: boolean;
  /**
   * Keep the demo's Alex "Margin" account at its house requirement, as `npm start` seeds it (so
   * ticks raise calls and warnings for it). Default false: the harness moves it off the call level
   * (house ×1.1, minimum transfer 500), so a page's tests see only the calls they provoke.
   */
  demoAccountAtTheCall?: boolean;
  /**
   * Run the strategy engine too (default false): the demo strategies seeded, its backtest runner on
   * worker threads, the paper broker filling against the simulator's quotes, the fill recorder writing
   * portfolio trades, and the signal runner, which ticks only on `signals.tick()`.
   */
  strategies?: boolean;
}

export interface OpenPageOptions {
  /** Hash route to open, e.g. `#/markets/AAPL` (default: the app's root). */
  route?: string;
  viewport?: { width: number; height: number };
  /** Signed in by storing the token before load (default true); false shows the token prompt. */
  signedIn?: boolean;
  /** Fixes the page's `Date` (timers keep running) at this epoch ms, e.g. `clock.now()`. */
  now?: number;
  /** Runs before the page loads (routes for HTTP or the WebSocket, init scripts). */
  setup?: (page: Page) => Promise<void>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and unhandled rejections in the page (should stay empty). */
  errors: string[];
  /** `console.error` messages of the page. */
  consoleErrors: string[];
  /** Responses with a status of 400 or more: `<status> <operation> <first 300 characters of the body>`. */
  failedResponses: string[];
}

/** The whole demo graph in this process, the built web client served by the gateway, and a browser. */
export interface WebPlatform {
  /** The gateway's origin (`http://127.0.0.1:<port>`), which serves the app at `/`. */
  baseUrl: string;
  graph: StartedGraph;
  clock: TestClock;
  bus: MemoryBus;
  pool: pg.Pool;
  accel: Accel;
  monitor: MarginMonitor;
  feed: Awaited<ReturnType<typeof createSimulatorFeed>>;
  browser: Browser;
  /** The strategy engine's signal runner when started with `strategies: true`. */
  signals: SignalRunner | undefined;
  /** Sends a GraphQL operation to the gateway with the token. */
  post: ReturnType<typeof gatewayPoster>;
  /** Opens a page in its own browser context (own localStorage), signed in unless told otherwise. */
  open(options?: OpenPageOptions): Promise<OpenedPage>;
  /** Saves `.artifacts/screenshots/<name>-<viewport width>.png` (the full page on a desktop, the screen on a phone) and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Ticks the simulator `times` times (one second each) and waits until the margin monitor is idle. */
  tick(times?: number): Promise<void>;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that start one {@link WebPlatform} for the calling test
 * file (share it between the file's tests: starting costs a few seconds on 2 cores) and returns it;
 * its fields are set once `beforeAll` has run.
 *
 * It seeds the demo world as `npm start` does (market data, the demo family office's portfolios,
 * the margin accounts), runs marketdata, portfolio, risk, collateral and system behind the gateway
 * with the simulator and the margin monitor on one in-memory bus and a {@link TestClock}, and
 * serves the production build of web/ (built once per source state, cached in the temp folder).
 */
export function useWebPlatform(options: WebPlatformOptions = {}): WebPlatform {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const platform = {} as WebPlatform;
  const logger = createLogger({ name: 'web-e2e', level: 'silent' });

  beforeAll(async () => {
    const staticDir = buildWeb();
    const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
    const bus = new MemoryBus();
    const pool = stack.use(createPool({ connectionString: database.url, max: 8 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 5, years: options.years ?? 1.2, minuteDays: options.minuteDays ?? 2 });
    const portfolios = await seedPortfolios({ pool, clock, seed: 5 });
    if (portfolios.reason !== undefined) throw new Error(`seedPortfolios: ${portfolios.reason}`);
    const margin = await seedMarginAccounts({ pool, clock });
    if (!margin.seeded) throw new Error(`seedMarginAccounts: ${margin.reason ?? margin.summary}`);
    if (!options.demoAccountAtTheCall) await pool.query(`UPDATE collateral.margin_account SET house_multiplier = 1.1, minimum_transfer_amount = 500 WHERE name = 'Margin'`);

    const accel = stack.use(await createAccel({ backends: ['js'], calibrate: 'never' }), (a) => a.close());
    const monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: options.prediction ? {} : false });
    await monitor.start();
    stack.defer(() => monitor.stop());
    const strategy = options.strategies ? await startStrategyEngine(stack, { pool, bus, clock, logger }) : undefined;
    let subgraphUrls: Record<string, string> = {};
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel }),
      collateral: createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor }),
      system: createSystemServer({
        clock,
        logger,
        internalSecret: SECRET,
        engines: () =>
          SUBGRAPHS.filter((engine) => subgraphUrls[engine.name] !== undefined).map((engine) => ({
            name: engine.name,
            title: engine.title,
            description: engine.description,
            url: subgraphUrls[engine.name]!,
            version: null,
          })),
      }),
      ...(strategy ? { strategy: strategy.server } : {}),
    };
    const graph = await startGraph(stack, servers, {
      subgraphs: SUBGRAPHS,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: [...marketdataSubscriptions, ...collateralSubscriptions, ...riskSubscriptions, ...(strategy ? strategySubscriptions : [])],
      sandbox: true,
      staticDir,
    });
    subgraphUrls = graph.subgraphUrls;
    strategy?.recordFillsTo(graph.subgraphUrls.portfolio!);
    const feed = await createSimulatorFeed({ pool, bus, clock, seed: 9, tickMs: 1000, logger });
    stack.defer(() => feed.stop());
    if (options.startFeed ?? true) feed.start();

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    stack.defer(() => browser.close());
    const baseUrl = graph.url.replace(/\/graphql$/, '');

    Object.assign(platform, {
      baseUrl,
      graph,
      clock,
      bus,
      pool,
      accel,
      monitor,
      feed,
      browser,
      signals: strategy?.signals,
      post: gatewayPoster(graph.url, TOKEN),
      async open({ route = '', viewport = DESKTOP, signedIn = true, now, setup }: OpenPageOptions = {}): Promise<OpenedPage> {
        const context = await browser.newContext({ viewport });
        if (signedIn) await context.addInitScript(`window.localStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(TOKEN)})`);
        const page = await context.newPage();
        if (now !== undefined) await page.clock.setFixedTime(now);
        const errors: string[] = [];
        const consoleErrors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        const failedResponses: string[] = [];
        page.on('response', (response) => {
          if (response.status() < 400) return;
          const operation = /"operationName":"(\w+)"/.exec(response.request().postData() ?? '')?.[1] ?? response.url();
          void response.text().then(
            (body) => failedResponses.push(`${response.status()} ${operation} ${body.slice(0, 300)}`),
            () => failedResponses.push(`${response.status()} ${operation}`),
          );
        });
        await setup?.(page);
        await page.goto(`${baseUrl}/${route}`);
        return { page, context, errors, consoleErrors, failedResponses };
      },
      async screenshot(page: Page, name: string): Promise<string> {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name}-${page.viewportSize()?.width ?? 0}.png`);
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: file, fullPage: (page.viewportSize()?.width ?? 0) > 640 });
        return file;
      },
      async tick(times = 1): Promise<void> {
        for (let i = 0; i < times; i += 1) await clock.advance(1000);
        await monitor.idle();
      },
    } satisfies WebPlatform);
  });
  afterAll(() => stack.disposeAll());
  return platform;
}

/** Files whose content decides the build: web/src, the HTML entries, the config and the lock file. */
function webSources(): string[] {
  const web = path.join(root, 'web');
  const files = ['index.html', 'graphiql.html', 'vite.config.ts', 'package.json', 'public/favicon.svg'].map((f) => path.join(web, f));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(web, 'src'));
  files.push(path.join(root, 'package-lock.json'));
  return files.filter((f) => existsSync(f) && statSync(f).isFile()).sort();
}

/**
 * `vite build` of web/ into a folder named after the hash of its sources, reused by every browser
 * test file (and run) while the sources stay the same. A concurrent builder's folder wins the rename.
 */
/**
 * Seeds the demo strategies and starts the strategy engine's workers (stopped by `stack`); its server
 * joins the graph, and `recordFillsTo(portfolioUrl)` starts the fill recorder once the graph is up.
 */
async function startStrategyEngine(
  stack: DisposeStack,
  { pool, bus, clock, logger }: { pool: pg.Pool; bus: MemoryBus; clock: TestClock; logger: ReturnType<typeof createLogger> },
) {
  const seeded = await seedStrategies({ pool, clock });
  if (!seeded.seeded) throw new Error('seedStrategies: not seeded');
  const fills: { recorder?: FillRecorder } = {};
  const broker = new PaperBroker({ pool, bus, clock, logger, onFills: () => void fills.recorder?.wake() });
  const backtests = new BacktestRunner({ pool, bus, clock, logger });
  const signals = new SignalRunner({ pool, bus, clock, logger, broker, intervalMs: 365 * 86_400_000 });
  await backtests.start();
  await broker.start();
  signals.start();
  stack.defer(() => backtests.stop());
  stack.defer(() => broker.stop());
  stack.defer(() => signals.stop());
  return {
    signals,
    server: createStrategyServer({ pool, bus, clock, logger, internalSecret: SECRET, backtests, broker, signals }),
    recordFillsTo(portfolioUrl: string): void {
      const recorder = new FillRecorder({ pool, clock, logger, recorder: new PortfolioClient({ url: portfolioUrl, secret: SECRET, clock }) });
      fills.recorder = recorder;
      recorder.start();
      stack.defer(() => recorder.stop());
    },
  };
}

export function buildWeb(): string {
  // A build made beforehand (e.g. `vite build --outDir …` of a copy of web/) can be used instead.
  const prebuilt = process.env.NAUTILUS_WEB_DIST;
  if (prebuilt !== undefined && prebuilt !== '') return prebuilt;
  const hash = createHash('sha256');
  for (const file of webSources()) hash.update(file).update(readFileSync(file));
  const outDir = path.join(tmpdir(), `nautilus-web-dist-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(path.join(outDir, 'index.html'))) return outDir;
  const building = `${outDir}.building-${process.pid}`;
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'error'], { cwd: path.join(root, 'web') });
  try {
    renameSync(building, outDir);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return outDir;
}
