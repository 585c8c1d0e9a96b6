/**
 * `npm run bench:margin` — the collateral engine's live path: 1,000 margin
 * accounts watched by the MarginMonitor and 1,000 WebSocket clients
 * subscribed through the gateway on loopback (graphql-ws, one socket and one
 * `marginUtilization(accountId)` subscription per client, event fields only,
 * so the gateway answers from the event without a lookup).
 *
 * Measures, in one process over the real stack (monitor, MemoryBus shared by
 * monitor and gateway, gateway subscription engine, ws sockets):
 *  - tick → alert latency: a `marketdata.quote` published on the bus at a
 *    fixed rate (BENCH_RATE ticks/s, round robin over the instruments, a
 *    mean-reverting random walk moving each tick ~3% — a stress setting, so
 *    that about half the holders' utilisation moves by more than the monitor's
 *    utilizationStep and alerts) until a client holds the
 *    `collateral.utilization` alert the monitor published for it: p50/p95/p99/
 *    max of (client receive − bus publish) over every delivered alert. Each
 *    tick carries a unique millisecond `ts`, which the monitor copies into
 *    its events, so a received alert maps back to the publish time of its tick.
 *  - baseline, same run, same clients, same rate: a bare relay — the very
 *    events the monitor published in the measured phase, re-published
 *    directly on `collateral.utilization` tick by tick (no monitor
 *    evaluation), so the ratio of the two p99s is what the monitor adds to
 *    the bus → gateway → client path.
 *  - sustained ticks/s: the monitor alone (a second MarginMonitor over the
 *    same accounts on a bus nobody listens to, `onQuote` in a loop) as the
 *    baseline, and the full stack unthrottled (the next tick is published as
 *    soon as the previous one has gone through monitor, gateway and sockets).
 *
 * The clients run in a worker thread (the same file), so client-side JSON
 * parsing does not share the event loop of monitor and gateway; times are
 * compared as performance.timeOrigin + performance.now() in both threads.
 * The publisher never catches up more than 100 ms of ticks at once: ticks it
 * could not publish on time are skipped and counted, so "published" shows the
 * rate actually sustained. Performance is reported, never asserted.
 *
 * Data: 20 equities with 150 simulated daily closes; BENCH_ACCOUNTS accounts
 * (every fifth portfolio margin, the rest Reg T, house multiplier 1–1.2),
 * each a portfolio of 5 of the 20 names worth ~100,000 bought on margin
 * (equity 40–85% of market value), bulk-inserted with SQL. Uses DATABASE_URL
 * (a scratch database is created and dropped) or an embedded PostgreSQL in
 * .data/bench-postgres.
 *
 * Scale with BENCH_ACCOUNTS (1000), BENCH_CLIENTS (1000), BENCH_SECONDS (10
 * per fixed-rate phase; the unthrottled phases run half as long), BENCH_RATE
 * (100 ticks/s).
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type pg from 'pg';
import type { MarginUtilizationEvent, QuoteEvent } from '@nautilus/runtime';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const INSTRUMENTS = 20;
const POSITIONS_PER_ACCOUNT = 5;
const HISTORY_DAYS = 150;
const CONNECT_BATCH = 50;
const TOKEN = 'bench-margin-token-0123456789';
const SECRET = 'm'.repeat(48);
const SUBSCRIPTION = 'subscription($a: ID!) { marginUtilization(accountId: $a) { accountId equity utilization inCall ts } }';

/** Wall-clock milliseconds comparable across threads. */
const wallNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------- worker side: the WebSocket clients

type ToWorker =
  | { type: 'connect'; wsUrl: string; token: string; accountIds: string[] }
  | { type: 'count' }
  | { type: 'flush' }
  | { type: 'stop' };
type FromWorker =
  | { type: 'connected'; connected: number; failed: number; millis: number }
  | { type: 'count'; received: number }
  | { type: 'flushed'; ts: Float64Array; received: Float64Array; closes: Array<[number, number]>; errors: number; utilization: number }
  | { type: 'stopped' };

function runClients(): void {
  const port = parentPort!;
  const clients: Client[] = [];
  let ts: number[] = [];
  let received: number[] = [];
  let count = 0;
  let errors = 0;
  let stopping = false;
  const closes = new Map<number, number>();
  let elu = performance.eventLoopUtilization();
  const reply = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

  port.on('message', (message: ToWorker) => {
    void (async () => {
      if (message.type === 'connect') {
        const started = performance.now();
        let connected = 0;
        let failed = 0;
        for (let i = 0; i < message.accountIds.length; i += CONNECT_BATCH) {
          await Promise.all(
            message.accountIds.slice(i, i + CONNECT_BATCH).map(
              (accountId) =>
                new Promise<void>((resolve) => {
                  const timer = setTimeout(() => (failed++, resolve()), 15_000);
                  const client = createClient({
                    url: message.wsUrl,
                    webSocketImpl: WebSocket,
                    connectionParams: { authorization: `Bearer ${message.token}` },
                    retryAttempts: 0,
                    on: {
                      connected: () => (clearTimeout(timer), connected++, resolve()),
                      closed: (event) => {
                        if (stopping) return;
                        const code = (event as { code?: number }).code ?? 0;
                        closes.set(code, (closes.get(code) ?? 0) + 1);
                      },
                    },
                  });
                  clients.push(client);
                  client.subscribe(
                    { query: SUBSCRIPTION, variables: { a: accountId } },
                    {
                      next: (value) => {
                        const update = (value.data as { marginUtilization?: { ts: string } } | null | undefined)?.marginUtilization;
                        if (!update) {
                          errors++;
                          return;
                        }
                        ts.push(Date.parse(update.ts));
                        received.push(wallNow());
                        count++;
                      },
                      error: () => void errors++,
                      complete: () => {},
                    },
                  );
                }),
            ),
          );
        }
        reply({ type: 'connected', connected, failed, millis: performance.now() - started });
      } else if (message.type === 'count') {
        reply({ type: 'count', received: count });
      } else if (message.type === 'flush') {
        const out = { ts: Float64Array.from(ts), received: Float64Array.from(received) };
        ts = [];
        received = [];
        const now = performance.eventLoopUtilization();
        const utilization = performance.eventLoopUtilization(now, elu).utilization;
        elu = now;
        reply({ type: 'flushed', ...out, closes: [...closes], errors, utilization }, [out.ts.buffer as ArrayBuffer, out.received.buffer as ArrayBuffer]);
      } else {
        stopping = true;
        await Promise.all(clients.map((c) => c.dispose()));
        reply({ type: 'stopped' });
      }
    })();
  });
}

// ---------------------------------------------------------------- main side

/** Deterministic uniform [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const gaussian = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const sortedOf = (values: number[]) => Float64Array.from(values).sort();
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');

interface Instrument {
  id: string;
  symbol: string;
  close: number;
}

/** Instruments with daily history, and margin accounts over bulk-inserted books (the portfolio engine's tables). */
async function seedDatabase(pool: pg.Pool, now: number): Promise<{ instruments: Instrument[]; accountIds: string[]; portfolioMargin: number }> {
  const rng = random(20_260_105);
  const day = 86_400_000;
  const today = Math.floor(now / day) * day;
  const symbols = Array.from({ length: INSTRUMENTS }, (_, i) => `MB${String(i).padStart(2, '0')}`);
  const { rows: created } = await pool.query<{ id: string; symbol: string }>(
    `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange)
     SELECT s, 'Bench ' || s, 'equity', 'USD', 'XNAS' FROM unnest($1::text[]) AS s RETURNING id::text, symbol`,
    [symbols],
  );
  const instruments: Instrument[] = [];
  const bars = { id: [] as number[], ts: [] as string[], close: [] as number[] };
  for (const { id, symbol } of created.sort((a, b) => a.symbol.localeCompare(b.symbol))) {
    let close = 40 + 260 * rng();
    const sigma = 0.012 + 0.012 * rng();
    for (let t = 0; t < HISTORY_DAYS; t++) {
      close *= Math.exp(sigma * gaussian(rng) - 0.5 * sigma * sigma);
      if (t === HISTORY_DAYS - 1) close = Number(close.toFixed(4)); // the monitor's starting price = the trade price
      bars.id.push(Number(id));
      bars.ts.push(new Date(today - (HISTORY_DAYS - t) * day).toISOString());
      bars.close.push(close);
    }
    instruments.push({ id, symbol, close });
  }
  await pool.query(
    `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
     SELECT i, '1d', t, c, c, c, c, 1000 FROM unnest($1::int[], $2::timestamptz[], $3::float8[]) AS b(i, t, c)`,
    [bars.id, bars.ts, bars.close],
  );

  const names = Array.from({ length: ACCOUNTS }, (_, i) => `Bench client ${String(i).padStart(5, '0')}`);
  const { rows: entities } = await pool.query<{ id: number; name: string }>(
    `INSERT INTO portfolio.entity (kind, name) SELECT 'person', n FROM unnest($1::text[]) AS n RETURNING id, name`,
    [names],
  );
  const entityIds = entities.sort((a, b) => a.name.localeCompare(b.name)).map((e) => e.id);
  const { rows: portfolios } = await pool.query<{ id: number; entityId: number }>(
    `INSERT INTO portfolio.portfolio (entity_id, name) SELECT e, 'Margin book' FROM unnest($1::int[]) AS e RETURNING id, entity_id AS "entityId"`,
    [entityIds],
  );
  const portfolioOf = new Map(portfolios.map((p) => [p.entityId, p.id]));
  const tradeTs = new Date(today - 30 * day).toISOString();
  const trades = { portfolio: [] as number[], instrument: [] as number[], symbol: [] as string[], quantity: [] as number[], price: [] as number[] };
  const deposits = { portfolio: [] as number[], amount: [] as number[] };
  const accounts = { owner: [] as number[], methodology: [] as string[], house: [] as number[] };
  for (let a = 0; a < ACCOUNTS; a++) {
    const portfolio = portfolioOf.get(entityIds[a]!)!;
    const picked = new Set<number>();
    while (picked.size < POSITIONS_PER_ACCOUNT) picked.add(Math.floor(rng() * INSTRUMENTS));
    let marketValue = 0;
    for (const k of picked) {
      const instrument = instruments[k]!;
      const quantity = Math.max(1, Math.round((15_000 + 10_000 * rng()) / instrument.close));
      trades.portfolio.push(portfolio);
      trades.instrument.push(Number(instrument.id));
      trades.symbol.push(instrument.symbol);
      trades.quantity.push(quantity);
      trades.price.push(instrument.close);
      marketValue += quantity * instrument.close;
    }
    // Equity 40–85% of market value: the rest is a margin loan (negative cash).
    deposits.portfolio.push(portfolio);
    deposits.amount.push(Number((marketValue * (0.4 + 0.45 * rng())).toFixed(2)));
    accounts.owner.push(entityIds[a]!);
    accounts.methodology.push(a % 5 === 4 ? 'portfolio' : 'reg_t');
    accounts.house.push(1 + 0.1 * (a % 3));
  }
  await pool.query(
    `INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts) SELECT p, a, 'deposit', $3 FROM unnest($1::int[], $2::numeric[]) AS d(p, a)`,
    [deposits.portfolio, deposits.amount, new Date(today - 31 * day).toISOString()],
  );
  await pool.query(
    `WITH t AS (
       INSERT INTO portfolio.trade (portfolio_id, instrument_id, symbol, side, quantity, price, fees, ts)
       SELECT p, i, s, 'buy', q, px, 0, $6 FROM unnest($1::int[], $2::int[], $3::text[], $4::numeric[], $5::numeric[]) AS t(p, i, s, q, px)
       RETURNING id, portfolio_id, quantity, price, ts)
     INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts, trade_id) SELECT portfolio_id, -(quantity * price), 'trade', ts, id FROM t`,
    [trades.portfolio, trades.instrument, trades.symbol, trades.quantity, trades.price, tradeTs],
  );
  const { rows: created2 } = await pool.query<{ id: string; owner: number }>(
    `INSERT INTO collateral.margin_account (owner_entity_id, name, broker, methodology, house_multiplier)
     SELECT o, 'Bench margin', 'Bench Prime', m, h FROM unnest($1::int[], $2::text[], $3::numeric[]) AS a(o, m, h)
     RETURNING id::text, owner_entity_id AS owner`,
    [accounts.owner, accounts.methodology, accounts.house],
  );
  const accountOf = new Map(created2.map((r) => [r.owner, r.id]));
  const accountIds = entityIds.map((e) => accountOf.get(e)!);
  await pool.query(
    `INSERT INTO collateral.margin_account_portfolio (account_id, portfolio_id) SELECT a, p FROM unnest($1::int[], $2::int[]) AS m(a, p)`,
    [accountIds.map(Number), entityIds.map((e) => portfolioOf.get(e)!)],
  );
  return { instruments, accountIds, portfolioMargin: accounts.methodology.filter((m) => m === 'portfolio').length };
}

/**
 * Round-robin ticks over the instruments; the log price follows
 * x ← 0.5x + 2.5%·N(0,1) around the last close: stationary (±2.9%, so no
 * account drifts into a call), and each tick moves its instrument ~3%, enough
 * for about half of its holders' utilisation to move by more than utilizationStep.
 */
class TickSource {
  private readonly x: Float64Array;
  private k = 0;
  private readonly rng: () => number;
  constructor(private readonly instruments: readonly Instrument[], seed: number) {
    this.x = new Float64Array(instruments.length);
    this.rng = random(seed);
  }
  next(tsMs: number): QuoteEvent {
    const i = this.k++ % this.instruments.length;
    this.x[i] = 0.5 * this.x[i]! + 0.025 * gaussian(this.rng);
    const instrument = this.instruments[i]!;
    const last = Number((instrument.close * Math.exp(this.x[i]!)).toFixed(4));
    return { instrumentId: instrument.id, symbol: instrument.symbol, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(tsMs).toISOString() };
  }
}

interface PhaseResult {
  label: string;
  offered: string;
  published: number;
  skipped: number;
  seconds: number;
  expected: number;
  delivered: number;
  latencies: Float64Array;
  lag: Float64Array;
  drainMillis: number;
  mainUtilization: number;
  clientUtilization: number;
  evaluations: number;
  /** The ts of every tick published in the phase, in order. */
  ticks: number[];
  /** Events the gateway's subscriptions matched and answered in the phase (engine.stats.events). */
  matched: number;
}

async function main(): Promise<void> {
  const os = await import('node:os');
  const path = await import('node:path');
  const { pino } = await import('pino');
  const { createAccel } = await import('@nautilus/accel');
  const { createPool, createScratchDatabase, spawnEmbeddedPostgres } = await import('@nautilus/db');
  const { MemoryBus, LiveClock } = await import('@nautilus/runtime');
  const { createMarketdataServer } = await import('@nautilus/marketdata/server');
  const { createPortfolioServer } = await import('@nautilus/portfolio/server');
  const { createRiskServer } = await import('@nautilus/risk/server');
  const { MarginMonitor, createCollateralServer } = await import('@nautilus/collateral/server');
  const { subscriptions: collateralSubscriptions } = await import('@nautilus/collateral/subscriptions');
  const { createGatewayServer } = await import('@nautilus/gateway');
  const { SUBGRAPHS } = await import('@nautilus/gateway');

  // Warnings and errors are counted by message (slow consumers, failed writes), not printed.
  const logged = new Map<string, number>();
  const countLine = (line: string) => {
    const msg = (JSON.parse(line) as { msg?: string }).msg ?? '?';
    logged.set(msg, (logged.get(msg) ?? 0) + 1);
  };
  const logger = pino({ level: 'warn' }, { write: countLine });
  const clock = new LiveClock();
  const setupStarted = performance.now();
  const embedded = process.env.DATABASE_URL ? undefined : await spawnEmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), database: 'postgres' });
  const scratch = await createScratchDatabase({ adminUrl: process.env.DATABASE_URL ?? embedded!.adminUrl, prefix: 'nautilus_bench_margin' });
  const pool = createPool({ connectionString: scratch.url, max: 12 });
  const accel = await createAccel({ backends: ['js'], calibrate: 'never' });
  const stops: Array<() => Promise<unknown>> = [];
  let worker: Worker | undefined;
  try {
    const seeded = await seedDatabase(pool, clock.now());
    const seedSeconds = (performance.now() - setupStarted) / 1000;

    // One bus for the monitor and the gateway, as in one collateral + gateway deployment on a shared bus.
    const bus = new MemoryBus();
    const monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: false });
    await monitor.start();
    stops.push(() => monitor.stop());
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET, accel }),
      collateral: createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor }),
    };
    const urls: Record<string, string> = {};
    for (const [name, server] of Object.entries(servers)) {
      urls[name] = await server.listen(0);
      stops.push(() => server.stop());
    }
    const gateway = await createGatewayServer({ subgraphUrls: urls, subgraphs: SUBGRAPHS, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions: collateralSubscriptions, sandbox: false });
    const { wsUrl } = await gateway.listen(0);
    stops.push(() => gateway.stop());

    const utilizations = seeded.accountIds.map((id) => monitor.readModel.evaluation(id)?.utilization ?? Number.NaN).filter(Number.isFinite);
    const utilSorted = sortedOf(utilizations);

    // The clients, in a worker thread running this same file through tsx.
    const tsxApi = import.meta.resolve('tsx/esm/api');
    worker = new Worker(`import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`, { eval: true });
    const workerFailed = new Promise<never>((_, reject) => worker!.once('error', reject));
    workerFailed.catch(() => {});
    const ask = <T extends FromWorker['type']>(message: ToWorker, type: T): Promise<Extract<FromWorker, { type: T }>> =>
      Promise.race([
        workerFailed,
        new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
          worker!.once('message', (reply: FromWorker) => (reply.type === type ? resolve(reply as Extract<FromWorker, { type: T }>) : reject(new Error(`worker answered ${reply.type} to ${message.type}`))));
          worker!.postMessage(message);
        }),
      ]);
    const clientAccounts = Array.from({ length: CLIENTS }, (_, i) => seeded.accountIds[i % seeded.accountIds.length]!);
    const clientsPer = new Map<string, number>();
    for (const id of clientAccounts) clientsPer.set(id, (clientsPer.get(id) ?? 0) + 1);
    const connected = await ask({ type: 'connect', wsUrl, token: TOKEN, accountIds: clientAccounts }, 'connected');
    for (let i = 0; i < 3_000 && gateway.engine.stats.active < connected.connected; i++) await sleep(10);
    const activeSubscriptions = gateway.engine.stats.active;

    // Every utilisation event the monitor publishes, by tick ts (the relay baseline replays them).
    const recorder = bus.subscribe('collateral.utilization', { bufferSize: 10_000_000 });
    const byTick = new Map<number, MarginUtilizationEvent[]>();
    let recording = false;
    void (async () => {
      for await (const event of recorder) {
        if (!recording) continue;
        const ts = Date.parse(event.ts);
        let list = byTick.get(ts);
        if (!list) byTick.set(ts, (list = []));
        list.push(event);
      }
    })();

    const publishedAt = new Map<number, number>();
    let lastTs = 0;
    const stamp = () => (lastTs = Math.max(Date.now(), lastTs + 1));
    const ticks = new TickSource(seeded.instruments, 7);

    /** Publishes at a fixed rate; more than 100 ms behind schedule, the overdue ticks are skipped. */
    async function fixedRate(seconds: number, rate: number, publish: (k: number) => void): Promise<{ published: number; skipped: number; lag: number[]; seconds: number }> {
      const period = 1000 / rate;
      const total = Math.max(1, Math.round(seconds * rate));
      const cap = Math.max(1, Math.ceil(rate / 10));
      const started = wallNow();
      const lag: number[] = [];
      let next = 0;
      let skipped = 0;
      let published = 0;
      while (next < total) {
        const due = Math.min(total, Math.floor((wallNow() - started) / period) + 1);
        if (due - next > cap) {
          skipped += due - next - cap;
          next = due - cap;
        }
        for (; next < due; next++) {
          lag.push(wallNow() - (started + next * period));
          publish(published++);
        }
        const wait = started + next * period - wallNow();
        if (next < total) await (wait >= 1 ? sleep(wait) : yieldToIo());
      }
      return { published, skipped, lag, seconds: (wallNow() - started) / 1000 };
    }

    const publishQuote = (ts: number) => {
      const quote = ticks.next(ts);
      publishedAt.set(ts, wallNow());
      void bus.publish('marketdata.quote', quote);
    };

    /** Waits until the clients hold `expected` alerts, or nothing arrived for 2 s (at most 60 s). */
    async function drain(expected: number, before: number): Promise<number> {
      const started = performance.now();
      let last = -1;
      let stableSince = performance.now();
      for (;;) {
        const { received } = await ask({ type: 'count' }, 'count');
        if (received - before >= expected) break;
        if (received !== last) {
          last = received;
          stableSince = performance.now();
        } else if (performance.now() - stableSince > 2_000) break;
        if (performance.now() - started > 60_000) break;
        await sleep(50);
      }
      return performance.now() - started;
    }

    let receivedSoFar = 0;
    let lastCloses: Array<[number, number]> = [];
    let clientErrors = 0;
    async function collect(phaseTs: Set<number>): Promise<{ latencies: Float64Array; delivered: number; clientUtilization: number }> {
      const flushed = await ask({ type: 'flush' }, 'flushed');
      receivedSoFar += flushed.ts.length;
      lastCloses = flushed.closes;
      clientErrors = flushed.errors;
      const latencies: number[] = [];
      for (let i = 0; i < flushed.ts.length; i++) {
        const ts = flushed.ts[i]!;
        if (!phaseTs.has(ts)) continue;
        latencies.push(flushed.received[i]! - publishedAt.get(ts)!);
      }
      return { latencies: sortedOf(latencies), delivered: latencies.length, clientUtilization: flushed.utilization };
    }

    const expectedFor = (events: readonly MarginUtilizationEvent[] | undefined) => (events ?? []).reduce((n, e) => n + (clientsPer.get(e.accountId) ?? 0), 0);

    /** Ticks through the monitor at a fixed rate. */
    async function monitorPhase(label: string, seconds: number): Promise<PhaseResult> {
      await collect(new Set());
      const phaseTs = new Set<number>();
      const ticksInOrder: number[] = [];
      const evaluations = monitor.stats.evaluations;
      const matched = gateway.engine.stats.events;
      const elu = performance.eventLoopUtilization();
      const run = await fixedRate(seconds, RATE, () => {
        const ts = stamp();
        phaseTs.add(ts);
        ticksInOrder.push(ts);
        publishQuote(ts);
      });
      await yieldToIo();
      let expected = 0;
      for (const ts of phaseTs) expected += expectedFor(byTick.get(ts));
      if (!recording) expected = Number.NaN;
      const drainMillis = await drain(Number.isNaN(expected) ? Number.POSITIVE_INFINITY : expected, receivedSoFar);
      const mainUtilization = performance.eventLoopUtilization(elu).utilization;
      const got = await collect(phaseTs);
      return { label, offered: String(RATE), published: run.published, skipped: run.skipped, seconds: run.seconds, expected, delivered: got.delivered, latencies: got.latencies, lag: sortedOf(run.lag), drainMillis, mainUtilization, clientUtilization: got.clientUtilization, evaluations: monitor.stats.evaluations - evaluations, ticks: ticksInOrder, matched: gateway.engine.stats.events - matched };
    }

    // Warm-up: JIT, sockets, allocator (not reported).
    await monitorPhase('warm-up', Math.min(2, SECONDS));

    // Measured: the monitor path, recording what it publishes.
    recording = true;
    const measured = await monitorPhase('tick → monitor → bus → gateway → client', SECONDS);
    recording = false;
    const monitorTicks = measured.ticks;

    // Baseline: the same events, tick by tick, re-published directly on collateral.utilization.
    const relay = await (async (): Promise<PhaseResult> => {
      await collect(new Set());
      const phaseTs = new Set<number>();
      let expected = 0;
      const matched = gateway.engine.stats.events;
      const elu = performance.eventLoopUtilization();
      const run = await fixedRate(SECONDS, RATE, (k) => {
        const ts = stamp();
        phaseTs.add(ts);
        const events = byTick.get(monitorTicks[k % monitorTicks.length]!) ?? [];
        expected += expectedFor(events);
        const iso = new Date(ts).toISOString();
        publishedAt.set(ts, wallNow());
        for (const event of events) void bus.publish('collateral.utilization', { ...event, ts: iso });
      });
      const drainMillis = await drain(expected, receivedSoFar);
      const mainUtilization = performance.eventLoopUtilization(elu).utilization;
      const got = await collect(phaseTs);
      return { label: "baseline: relay of the monitor's events, bus → gateway → client", offered: String(RATE), published: run.published, skipped: run.skipped, seconds: run.seconds, expected, delivered: got.delivered, latencies: got.latencies, lag: sortedOf(run.lag), drainMillis, mainUtilization, clientUtilization: got.clientUtilization, evaluations: 0, ticks: [], matched: gateway.engine.stats.events - matched };
    })();

    // Throughput baseline: the monitor alone, onQuote in a loop, on a bus nobody listens to.
    const alone = await (async () => {
      const solo = new MarginMonitor({ pool, bus: new MemoryBus(), clock, logger, prediction: false });
      await solo.start();
      const source = new TickSource(seeded.instruments, 11);
      const seconds = Math.max(1, SECONDS / 2);
      let ts = Date.now();
      for (let i = 0; i < 200; i++) solo.onQuote(source.next(++ts)); // warm-up
      await yieldToIo();
      const { ticks: t0, evaluations: e0, utilizationEvents: u0 } = solo.stats;
      const started = performance.now();
      while (performance.now() - started < seconds * 1000) {
        for (let i = 0; i < 20; i++) solo.onQuote(source.next(++ts));
        await yieldToIo(); // the bus copies of its events, as the real loop would
      }
      const elapsed = (performance.now() - started) / 1000;
      const result = { ticks: (solo.stats.ticks - t0) / elapsed, evaluations: (solo.stats.evaluations - e0) / elapsed, events: (solo.stats.utilizationEvents - u0) / elapsed };
      await solo.idle();
      await solo.stop();
      return result;
    })();

    // The full stack unthrottled: the next tick as soon as the previous one went through monitor, gateway and sockets.
    const unthrottled = await (async (): Promise<PhaseResult> => {
      await collect(new Set());
      const phaseTs = new Set<number>();
      const seconds = Math.max(1, SECONDS / 2);
      const before = { ...monitor.stats };
      const matched = gateway.engine.stats.events;
      recording = true;
      const elu = performance.eventLoopUtilization();
      const started = performance.now();
      let published = 0;
      while (performance.now() - started < seconds * 1000) {
        const ts = stamp();
        phaseTs.add(ts);
        publishQuote(ts);
        published++;
        await yieldToIo();
      }
      const elapsed = (performance.now() - started) / 1000;
      await yieldToIo();
      recording = false;
      recorder.close();
      let expected = 0;
      for (const ts of phaseTs) expected += expectedFor(byTick.get(ts));
      const drainMillis = await drain(expected, receivedSoFar);
      const mainUtilization = performance.eventLoopUtilization(elu).utilization;
      const got = await collect(phaseTs);
      return { label: 'unthrottled: next tick when the previous is through', offered: 'max', published, skipped: 0, seconds: elapsed, expected, delivered: got.delivered, latencies: got.latencies, lag: new Float64Array(), drainMillis, mainUtilization, clientUtilization: got.clientUtilization, evaluations: monitor.stats.evaluations - before.evaluations, ticks: [], matched: gateway.engine.stats.events - matched };
    })();

    // ------------------------------------------------------------ report
    const cpu = os.cpus();
    console.log(`\nNautilus margin benchmark — ${new Date().toISOString()}`);
    console.log(`machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}; Node ${process.version}; setup (scratch DB, migrations, seeding) ${seedSeconds.toFixed(1)} s`);
    console.log(
      `data: ${seeded.accountIds.length.toLocaleString('en-US')} margin accounts (${seeded.portfolioMargin} portfolio margin, the rest Reg T), ${POSITIONS_PER_ACCOUNT} of ${INSTRUMENTS} equities each ` +
        `(~${Math.round((seeded.accountIds.length * POSITIONS_PER_ACCOUNT) / INSTRUMENTS)} accounts per instrument); utilisation at start p50 ${f2(percentile(utilSorted, 0.5))} (${f2(percentile(utilSorted, 0))}–${f2(percentile(utilSorted, 1))})`,
    );
    console.log(
      `clients: ${connected.connected.toLocaleString('en-US')} graphql-ws sockets connected in ${(connected.millis / 1000).toFixed(1)} s (${connected.failed} failed), ${activeSubscriptions.toLocaleString('en-US')} live marginUtilization subscriptions (event fields only), in a worker thread`,
    );
    console.log(`phases: ${SECONDS} s at ${RATE} ticks/s for the latency paths, ${Math.max(1, SECONDS / 2)} s unthrottled; latency = client receive − bus publish of the tick (relay: of the event)\n`);

    const row = (r: PhaseResult, baselineP99?: number) => {
      const p99 = percentile(r.latencies, 0.99);
      const rate = `${r.offered} → ${f1(r.published / r.seconds)}`;
      const delivered = `${int(r.delivered)} / ${Number.isNaN(r.expected) ? '?' : int(r.expected)}`;
      return `| ${r.label} | ${rate} | ${delivered} | ${int(r.delivered / r.seconds)} | ${f1(percentile(r.latencies, 0.5))} | ${f1(percentile(r.latencies, 0.95))} | ${f1(p99)} | ${f1(percentile(r.latencies, 1))} | ${baselineP99 === undefined ? '–' : f2(p99 / baselineP99)} |`;
    };
    const relayP99 = percentile(relay.latencies, 0.99);
    console.log('| path | ticks/s offered → published | alerts delivered / expected | alerts/s | p50 ms | p95 ms | p99 ms | max ms | p99 ratio to relay |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    console.log(row(relay, relayP99));
    console.log(row(measured, relayP99));
    console.log(row(unthrottled));

    const fullTicks = unthrottled.published / unthrottled.seconds;
    const fullEvals = unthrottled.evaluations / unthrottled.seconds;
    console.log('\n| throughput | ticks/s | account evaluations/s | µs per evaluation | ratio to monitor alone (ticks/s) |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| baseline: monitor alone (onQuote in a loop, ${int(alone.events)} events/s to a bus nobody reads) | ${int(alone.ticks)} | ${int(alone.evaluations)} | ${f1(1e6 / alone.evaluations)} | 1.00 |`);
    console.log(`| full stack unthrottled (monitor + gateway fan-out to ${int(activeSubscriptions)} subscriptions + sockets) | ${int(fullTicks)} | ${int(fullEvals)} | ${f1(1e6 / fullEvals)} | ${f2(fullTicks / alone.ticks)} |`);
    console.log(`| monitor path at the fixed rate | ${f1(measured.published / measured.seconds)} | ${int(measured.evaluations / measured.seconds)} | – | ${f2(measured.published / measured.seconds / alone.ticks)} |`);

    const target = percentile(measured.latencies, 0.99);
    console.log('\nnotes:');
    console.log(`- target p99 < 50 ms at ${RATE} ticks/s: measured p99 ${f1(target)} ms with ${f1(measured.published / measured.seconds)} ticks/s published (${measured.skipped} ticks skipped as more than 100 ms late)`);
    for (const r of [relay, measured]) {
      console.log(`- ${r.label.split(':')[0]!.split(' →')[0]}: publisher lag behind schedule p50 ${f1(percentile(r.lag, 0.5))} / p99 ${f1(percentile(r.lag, 0.99))} / max ${f1(percentile(r.lag, 1))} ms; ${r.skipped} ticks skipped; drain after the last tick ${int(r.drainMillis)} ms; event loop busy: main ${(100 * r.mainUtilization).toFixed(0)}% (${f1((1000 * r.mainUtilization * (r.seconds + r.drainMillis / 1000)) / r.published)} ms per published tick), clients ${(100 * r.clientUtilization).toFixed(0)}%`);
    }
    for (const r of [relay, measured, unthrottled]) {
      if (!(r.expected > r.delivered)) continue;
      const lost = r.expected - r.delivered;
      console.log(
        `- ${r.label.split(':')[0]!.split(' →')[0]}: ${int(lost)} alerts (${((100 * lost) / r.expected).toFixed(1)}%) never reached a client; the gateway matched ${int(r.matched)} ` +
          `(${r.matched <= r.delivered ? 'all of them delivered, so the rest were dropped from full per-subscription bus buffers before matching' : 'more than were delivered'})`,
      );
    }
    console.log(`- unthrottled: drain ${int(unthrottled.drainMillis)} ms; event loop busy: main ${(100 * unthrottled.mainUtilization).toFixed(0)}%, clients ${(100 * unthrottled.clientUtilization).toFixed(0)}%`);
    console.log(`- events per tick published by the monitor: ${f1(monitorTicks.reduce((n, ts) => n + (byTick.get(ts)?.length ?? 0), 0) / Math.max(1, measured.published))} (utilizationStep 0.001); gateway: one bus subscription for ${int(activeSubscriptions)} subscribers, each event routed by account id`);
    console.log(`- monitor totals: ${JSON.stringify(monitor.stats)}; gateway engine: ${JSON.stringify(gateway.engine.stats)}`);
    console.log(`- sockets closed by the server during the run: ${lastCloses.length === 0 ? 'none' : lastCloses.map(([code, n]) => `${n} × ${code}${code === 4290 ? ' (slow consumer)' : ''}`).join(', ')}; client-side errors ${clientErrors}; total alerts received ${int(receivedSoFar)}`);
    console.log(`- warnings/errors logged: ${logged.size === 0 ? 'none' : [...logged].map(([msg, n]) => `${n} × "${msg}"`).join(', ')}`);
  } finally {
    if (worker) {
      await Promise.race([new Promise((resolve) => { worker!.once('message', resolve); worker!.postMessage({ type: 'stop' } satisfies ToWorker); }), sleep(10_000)]);
      await worker.terminate();
    }
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await accel.close();
    await pool.end();
    await scratch.drop();
    await embedded?.stop();
  }
}

if (isMainThread) await main();
else runClients();
