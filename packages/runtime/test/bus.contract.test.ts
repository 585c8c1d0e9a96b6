import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import { BUS_MESSAGE_MAX_AGE_MS, BusSeal, MAX_NOTIFY_PAYLOAD_BYTES, MemoryBus, PostgresBus, RedisBus, type Bus, type QuoteEvent } from '../src/index.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'bus-contract-test-secret-0123456789abcdef';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const quote = (symbol: string, last: number): QuoteEvent => ({
  instrumentId: '1', symbol, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: '2026-01-05T15:00:00.000Z',
});

async function collect<T>(iterator: AsyncIterator<T>, count: number, timeoutMs = 5_000): Promise<T[]> {
  const out: T[] = [];
  const deadline = Date.now() + timeoutMs;
  while (out.length < count) {
    const next = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${out.length}/${count} events`)), Math.max(1, deadline - Date.now()))),
    ]);
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/** One contract, every implementation (graphql-ws `use.test.ts` style). */
function busContract(name: string, create: () => Bus | Promise<Bus>, options: { skip?: () => boolean } = {}) {
  describe(`${name} bus`, () => {
    let a: Bus;
    let b: Bus;
    beforeAll(async () => {
      if (options.skip?.()) return;
      a = await create();
      b = name === 'memory' ? a : await create();
    });
    afterAll(async () => {
      await a?.close();
      if (b !== a) await b?.close();
    });
    const test = (title: string, fn: () => Promise<void>) => it(title, async (ctx) => (options.skip?.() ? ctx.skip() : fn()));

    test('delivers events in publish order to every subscriber, across connections', async () => {
      const first = b.subscribe('marketdata.quote');
      const second = b.subscribe('marketdata.quote');
      await b.ready();
      for (let i = 1; i <= 5; i++) await a.publish('marketdata.quote', quote('AAPL', 100 + i));
      const [x, y] = await Promise.all([collect(first, 5), collect(second, 5)]);
      expect(x.map((q) => q.last)).toEqual([101, 102, 103, 104, 105]);
      expect(y).toEqual(x);
      first.close();
      second.close();
    });

    test('delivers JSON copies, not shared objects', async () => {
      const sub = b.subscribe('marketdata.quote');
      await b.ready();
      const sent = quote('MSFT', 400);
      await a.publish('marketdata.quote', sent);
      const [got] = await collect(sub, 1);
      expect(got).toEqual(sent);
      expect(got).not.toBe(sent);
      sub.close();
    });

    test('ends the iterator on close() and on abort, and stops delivering', async () => {
      const controller = new AbortController();
      const aborted = b.subscribe('marketdata.quote', { signal: controller.signal });
      const closed = b.subscribe('marketdata.quote');
      await b.ready();
      const pending = aborted.next();
      controller.abort();
      expect(await pending).toEqual({ done: true, value: undefined });
      closed.close();
      expect(await closed.next()).toEqual({ done: true, value: undefined });
    });

    test('drops the oldest events for a subscriber whose buffer is full, and counts them', async () => {
      const slow = b.subscribe('marketdata.quote', { bufferSize: 3 });
      await b.ready();
      for (let i = 1; i <= 6; i++) await a.publish('marketdata.quote', quote('IBM', i));
      const fast = b.subscribe('marketdata.quote');
      await b.ready();
      await a.publish('marketdata.quote', quote('IBM', 7));
      // Earlier events may still be in flight to this process: wait until the last one arrived.
      for (let seen = 0; seen !== 7; ) seen = (await collect(fast, 1))[0]!.last;
      const kept = await collect(slow, 3);
      expect(kept.map((q) => q.last)).toEqual([5, 6, 7]);
      expect(slow.dropped).toBe(4);
      slow.close();
      fast.close();
    });
  });
}

busContract('memory', () => new MemoryBus());

describe('postgres', () => {
  const database = useTestDatabase({ migrated: false });
  busContract('postgres', async () => {
    const bus = new PostgresBus({ connectionString: database.url, secret: SECRET });
    await bus.ready();
    return bus;
  });
  it('drops and counts what was not signed with the internal secret: a raw pg_notify, another key, a replay', async () => {
    const bus = new PostgresBus({ connectionString: database.url, secret: SECRET });
    const outsider = new PostgresBus({ connectionString: database.url, secret: 'another-deployment-secret-0123456789' });
    const received = bus.subscribe('marketdata.quote');
    await bus.ready();
    const raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    // Anyone with database access can NOTIFY: a forged quote at 0.01 must not reach subscribers.
    await raw.query('SELECT pg_notify($1, $2)', ['marketdata.quote', JSON.stringify(quote('SPY', 0.01))]);
    await outsider.publish('marketdata.quote', quote('SPY', 0.02));
    // A genuine message captured by a listener and sent again is a replay.
    const genuine = new BusSeal(SECRET).seal('marketdata.quote', quote('SPY', 0.03));
    await raw.query('SELECT pg_notify($1, $2)', ['marketdata.quote', genuine]);
    await raw.query('SELECT pg_notify($1, $2)', ['marketdata.quote', genuine]);
    // A message signed for another topic does not count for this one.
    await raw.query('SELECT pg_notify($1, $2)', ['marketdata.quote', new BusSeal(SECRET).seal('risk.limit.breached', quote('SPY', 0.04))]);
    await bus.publish('marketdata.quote', quote('SPY', 500));
    const delivered = await collect(received, 2);
    expect(delivered.map((q) => q.last)).toEqual([0.03, 500]);
    expect(bus.rejected).toBe(4);
    received.close();
    await raw.end();
    await Promise.all([bus.close(), outsider.close()]);
  });
  it('reconnects after the database drops its connections, and subscriptions resume', { timeout: 30_000 }, async () => {
    const bus = new PostgresBus({ connectionString: database.url, secret: SECRET });
    const publisher = new PostgresBus({ connectionString: database.url, secret: SECRET });
    const received = bus.subscribe('marketdata.quote');
    await bus.ready();
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    // What a database restart does to a client: its backends are terminated (57P01).
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await admin.end();
    for (let i = 0; i < 100 && bus.reconnects === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(bus.reconnects).toBe(1);
    await bus.ready();
    await publisher.publish('marketdata.quote', quote('SPY', 501));
    expect((await collect(received, 1)).map((q) => q.last)).toEqual([501]);
    received.close();
    await Promise.all([bus.close(), publisher.close()]);
  });
  it('refuses a payload NOTIFY cannot carry, naming the limit', async () => {
    const bus = new PostgresBus({ connectionString: database.url, secret: SECRET });
    const huge = { ...quote('AAPL', 1), symbol: 'X'.repeat(MAX_NOTIFY_PAYLOAD_BYTES) };
    await expect(bus.publish('marketdata.quote', huge)).rejects.toThrow(/NOTIFY allows 7999: publish keys, not blobs/);
    await bus.close();
  });
});

let redisUp = false;
beforeAll(async () => {
  redisUp = await reachable(REDIS_URL);
  if (!redisUp && process.env.CI) throw new Error(`Redis is not reachable at ${REDIS_URL}; CI machines run it on 127.0.0.1:6379`);
});
busContract('redis', () => new RedisBus({ url: REDIS_URL, secret: SECRET, prefix: `nautilus-test-${process.pid}:` }), { skip: () => !redisUp });

describe('redis bus authentication', () => {
  it('drops and counts a message published on the channel without the internal secret', async ({ skip }) => {
    if (!redisUp) skip();
    const prefix = `nautilus-auth-${process.pid}:`;
    const bus = new RedisBus({ url: REDIS_URL, secret: SECRET, prefix });
    const received = bus.subscribe('marketdata.quote');
    await bus.ready();
    const raw = new Redis(REDIS_URL);
    await raw.publish(`${prefix}marketdata.quote`, JSON.stringify(quote('SPY', 0.01)));
    await bus.publish('marketdata.quote', quote('SPY', 500));
    expect((await collect(received, 1)).map((q) => q.last)).toEqual([500]);
    expect(bus.rejected).toBe(1);
    received.close();
    raw.disconnect();
    await bus.close();
  });
});

/** A Redis server of the test's own on a free port (so it can be killed without touching the machine's). */
async function ownRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await reachable(`redis://127.0.0.1:${port}`)); i++) await new Promise((r) => setTimeout(r, 50));
  return child;
}
const hasRedisServer = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasRedisServer)('redis bus when Redis drops (needs the redis-server binary)', () => {
  it('reconnects and resubscribes by itself after Redis restarts; events flow again', { timeout: 60_000 }, async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    let server = await ownRedis(port);
    const url = `redis://127.0.0.1:${port}`;
    const bus = new RedisBus({ url, secret: SECRET });
    const publisher = new RedisBus({ url, secret: SECRET });
    const received = bus.subscribe('marketdata.quote');
    const heard: number[] = [];
    const consuming = (async () => {
      for await (const q of received) heard.push(q.last);
    })();
    await bus.ready();
    const until = async (condition: () => boolean, tries: number, act: () => Promise<unknown>) => {
      for (let i = 0; i < tries && !condition(); i++) {
        await act().catch(() => {});
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    try {
      await until(() => heard.includes(1), 10, () => publisher.publish('marketdata.quote', quote('SPY', 1)));
      expect(heard).toContain(1);
      server.kill('SIGKILL');
      await new Promise((r) => server.once('exit', r));
      server = await ownRedis(port);
      // Publish until the resubscribed connection hears it (ioredis reconnects with back-off).
      await until(() => heard.includes(2), 60, () => publisher.publish('marketdata.quote', quote('SPY', 2)));
      expect(heard).toContain(2);
    } finally {
      received.close();
      await consuming;
      await Promise.all([bus.close(), publisher.close()]);
      server.kill('SIGKILL');
    }
  });
});

describe('BusSeal', () => {
  it('refuses messages older or newer than the window, and replays within it', () => {
    let now = 1_000_000;
    const seal = new BusSeal(SECRET, () => now);
    const text = seal.seal('marketdata.quote', { a: 1 });
    expect(seal.open('marketdata.quote', text)).toEqual({ ok: true, payload: { a: 1 } });
    expect(seal.open('marketdata.quote', text)).toEqual({ ok: false, reason: 'replayed' });
    const late = seal.seal('marketdata.quote', { a: 2 });
    now += BUS_MESSAGE_MAX_AGE_MS + 1;
    expect(seal.open('marketdata.quote', late)).toEqual({ ok: false, reason: 'expired' });
    expect(seal.open('marketdata.quote', '{"a":3}')).toEqual({ ok: false, reason: 'unsigned' });
    expect(seal.open('marketdata.quote', text.replace('"a":1', '"a":9'))).toEqual({ ok: false, reason: 'bad signature' });
    expect(() => new BusSeal('')).toThrow(/internal secret/);
  });
});
