import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createMarketdataServer } from '../src/server.ts';
import type { MarketdataContext } from '../src/context.ts';

const logger = createLogger({ name: 'marketdata-test', level: 'silent' });


describe('marketdata subgraph', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let server: SubgraphServer<MarketdataContext>;
  const batches: Array<[string, readonly unknown[]]> = [];

  const { run } = subgraphCaller(() => server);

  async function barCount(): Promise<number> {
    return (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM marketdata.bar')).rows[0]!.n;
  }

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta Corp', 'equity', 'USD', 'XNYS'),
      ('CCC', 'Gamma ETF', 'etf', 'USD', 'ARCX'), ('EURUSD', 'Euro / US Dollar', 'fx', 'USD', 'FX')`);
    server = await createMarketdataServer({ pool, bus: new MemoryBus(), clock: new TestClock(), logger, internalSecret: 'x'.repeat(32), onBatch: (name, keys) => batches.push([name, keys]) });
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('ingests bars in one transaction and aggregates 1m bars into a hand-computed 5m and 1h bucket', async () => {
    // Five 1-minute bars 14:30-14:34 and one at 14:35 (next 5m bucket).
    const minute = (m: number, o: number, h: number, l: number, c: number, v: number) => ({
      symbol: 'AAA', interval: 'M1', ts: `2026-01-05T14:${String(30 + m).padStart(2, '0')}:00Z`, open: o, high: h, low: l, close: c, volume: v,
    });
    const bars = [
      minute(0, 100, 101, 99.5, 100.5, 10),
      minute(1, 100.5, 102, 100, 101.5, 20),
      minute(2, 101.5, 101.8, 98.7, 99, 30),
      minute(3, 99, 100.2, 98.9, 100, 40),
      minute(4, 100, 100.9, 99.8, 100.8, 50),
      minute(5, 100.8, 103, 100.7, 102.9, 60),
    ];
    const ingest = await run(`mutation($input: IngestBarsInput!) { ingestBars(input: $input) { written inserted replaced } }`, { input: { bars } });
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data?.ingestBars).toEqual({ written: 6, inserted: 6, replaced: 0 });

    const five = await run(`{ bars(symbol: "AAA", interval: M5, from: "2026-01-05T14:30:00Z", to: "2026-01-05T14:40:00Z") { ts interval open high low close volume } }`);
    expect(five.errors).toBeUndefined();
    expect(five.data?.bars).toEqual([
      // open = first open, high = max, low = min, close = last close, volume = sum
      { ts: '2026-01-05T14:30:00.000Z', interval: 'M5', open: 100, high: 102, low: 98.7, close: 100.8, volume: 150 },
      { ts: '2026-01-05T14:35:00.000Z', interval: 'M5', open: 100.8, high: 103, low: 100.7, close: 102.9, volume: 60 },
    ]);

    // A range starting mid-bucket still returns whole buckets.
    const hour = await run(`{ bars(symbol: "AAA", interval: H1, from: "2026-01-05T14:33:00Z", to: "2026-01-05T14:34:00Z") { ts open high low close volume } }`);
    expect(hour.data?.bars).toEqual([{ ts: '2026-01-05T14:00:00.000Z', open: 100, high: 103, low: 98.7, close: 102.9, volume: 210 }]);

    // Re-sending a bar replaces it.
    const again = await run(`mutation($input: IngestBarsInput!) { ingestBars(input: $input) { written inserted replaced } }`, {
      input: { bars: [{ ...bars[0], close: 100.6 }] },
    });
    expect(again.data?.ingestBars).toEqual({ written: 1, inserted: 0, replaced: 1 });
  });

  it('returns the most recent bars up to limit, oldest first', async () => {
    const latest = await run(`{ bars(symbol: "AAA", interval: M1, limit: 2) { ts close } }`);
    expect(latest.data?.bars.map((b: { ts: string }) => b.ts)).toEqual(['2026-01-05T14:34:00.000Z', '2026-01-05T14:35:00.000Z']);
  });

  describe('refuses bad input with BAD_USER_INPUT naming the field and writes nothing', () => {
    const good = { symbol: 'BBB', interval: 'M1', ts: '2026-01-05T15:00:00Z', open: 10, high: 11, low: 9, close: 10.5, volume: 100 };
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['unknown symbol', { symbol: 'NOPE' }, 'input.bars[1].symbol', /unknown instrument "NOPE"/],
      ['high below open/close', { high: 10.2 }, 'input.bars[1].high', /must be at least max\(open, close\) = 10.5, got 10.2/],
      ['low above open/close', { low: 10.1 }, 'input.bars[1].low', /must be at most min\(open, close\) = 10, got 10.1/],
      ['negative volume', { volume: -1 }, 'input.bars[1].volume', /must be zero or more/],
      ['misaligned timestamp', { ts: '2026-01-05T15:01:30Z' }, 'input.bars[1].ts', /aligned to the M1 interval/],
      ['daily bar not at midnight', { interval: 'D1', ts: '2026-01-05T15:00:00Z' }, 'input.bars[1].ts', /aligned to the D1 interval \(midnight UTC\)/],
      ['aggregated interval', { interval: 'H1' }, 'input.bars[1].interval', /only M1 and D1 bars are stored/],
      ['non-positive price', { open: 0, low: 0 }, 'input.bars[1].open', /must be a positive price/],
    ];
    for (const [name, change, field, message] of cases) {
      it(name, async () => {
        const before = await barCount();
        const result = await run(`mutation($input: IngestBarsInput!) { ingestBars(input: $input) { written } }`, {
          input: { bars: [{ ...good, ts: '2026-01-05T15:05:00Z' }, { ...good, ...change }] },
        });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await barCount()).toBe(before);
      });
    }

    it('unknown symbol in bars()', async () => {
      const result = await run(`{ bars(symbol: "NOPE", interval: M1) { ts } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'symbol' });
      expect(result.errors?.[0]?.message).toBe('symbol: unknown instrument "NOPE"');
    });

    it('from after to', async () => {
      const result = await run(`{ bars(symbol: "AAA", interval: M1, from: "2026-01-06T00:00:00Z", to: "2026-01-05T00:00:00Z") { ts } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });

    it('limit over the maximum', async () => {
      const result = await run(`{ bars(symbol: "AAA", interval: M1, limit: 10001) { ts } }`);
      expect(result.errors?.[0]).toMatchObject({ message: 'limit: must be between 1 and 10000, got 10001', extensions: { code: 'BAD_USER_INPUT', field: 'limit' } });
    });

    it('a malformed DateTime (as a variable: BAD_USER_INPUT; inline: a validation error)', async () => {
      const result = await run(`query($from: DateTime) { bars(symbol: "AAA", interval: M1, from: $from) { ts } }`, { from: 'yesterday' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/\$from.*DateTime: expected an ISO-8601 date-time/);
      const inline = await run(`{ bars(symbol: "AAA", interval: M1, from: "yesterday") { ts } }`);
      expect(inline.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(inline.errors?.[0]?.message).toMatch(/DateTime: expected an ISO-8601 date-time/);
    });
  });

  it('pages instruments by cursor with filters', async () => {
    const query = `query($after: String) { instruments(first: 2, after: $after, filter: { assetClass: EQUITY }) {
      totalCount edges { node { symbol assetClass } } pageInfo { hasNextPage endCursor } } }`;
    const first = await run(query);
    expect(first.data?.instruments.totalCount).toBe(2);
    expect(first.data?.instruments.edges.map((e: any) => e.node.symbol)).toEqual(['AAA', 'BBB']);
    const all = await run(`{ instruments(first: 3) { edges { node { symbol } } pageInfo { hasNextPage endCursor } } }`);
    expect(all.data?.instruments.pageInfo.hasNextPage).toBe(true);
    const next = await run(`query($after: String) { instruments(first: 3, after: $after) { edges { node { symbol } } pageInfo { hasNextPage } } }`, {
      after: all.data?.instruments.pageInfo.endCursor,
    });
    expect(next.data?.instruments.edges.map((e: any) => e.node.symbol)).toEqual(['EURUSD']);
    expect(next.data?.instruments.pageInfo.hasNextPage).toBe(false);
    const search = await run(`{ instruments(filter: { search: "gamma" }) { edges { node { symbol } } } }`);
    expect(search.data?.instruments.edges.map((e: any) => e.node.symbol)).toEqual(['CCC']);
    const bad = await run(`{ instruments(first: 501) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('resolves entity references by id and by symbol in one batch each', async () => {
    const ids = (await pool.query<{ id: number; symbol: string }>('SELECT id, symbol FROM marketdata.instrument ORDER BY symbol')).rows;
    batches.length = 0;
    const result = await run(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Instrument { symbol name } } }`,
      {
        representations: [
          { __typename: 'Instrument', id: String(ids[0]!.id) },
          { __typename: 'Instrument', id: String(ids[1]!.id) },
          { __typename: 'Instrument', symbol: 'CCC' },
          { __typename: 'Instrument', symbol: 'EURUSD' },
          { __typename: 'Instrument', symbol: 'MISSING' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { symbol: 'AAA', name: 'Alpha Inc' },
      { symbol: 'BBB', name: 'Beta Corp' },
      { symbol: 'CCC', name: 'Gamma ETF' },
      { symbol: 'EURUSD', name: 'Euro / US Dollar' },
      null,
    ]);
    expect(batches).toEqual([
      ['instrumentById', [ids[0]!.id, ids[1]!.id]],
      ['instrumentBySymbol', ['CCC', 'EURUSD', 'MISSING']],
    ]);
  });

  it('serves the latest quote and falls back to the last daily close for lastPrice', async () => {
    const { rows } = await pool.query<{ id: number }>("SELECT id FROM marketdata.instrument WHERE symbol = 'BBB'");
    const id = rows[0]!.id;
    await pool.query(`INSERT INTO marketdata.bar VALUES ($1, '1d', '2026-01-02T00:00:00Z', 10, 11, 9, 10.25, 1000)`, [id]);
    const before = await run(`{ instrument(symbol: "BBB") { lastPrice latestQuote { last } } latestQuote(symbol: "BBB") { last } }`);
    expect(before.data).toEqual({ instrument: { lastPrice: 10.25, latestQuote: null }, latestQuote: null });
    await pool.query(`INSERT INTO marketdata.tick VALUES ($1, '2026-01-05T15:00:00Z', 10.4, 10.6, 10.5, 100), ($1, '2026-01-05T15:00:01Z', 10.5, 10.7, 10.6, 200)`, [id]);
    const after = await run(`{ latestQuote(symbol: "BBB") { symbol bid ask last size spread ts instrument { name } } }`);
    expect(after.data?.latestQuote).toEqual({
      symbol: 'BBB', bid: 10.5, ask: 10.7, last: 10.6, size: 200, spread: 0.2, ts: '2026-01-05T15:00:01.000Z', instrument: { name: 'Beta Corp' },
    });
  });
});
