import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createPortfolioServer } from '../src/server.ts';
import type { PortfolioContext } from '../src/context.ts';

const logger = createLogger({ name: 'portfolio-optimise-test', level: 'silent' });


const QUERY = `query($id: ID!, $m: OptimizationMethod!, $c: OptimizationConstraints, $bl: BlackLittermanInput, $d: DiscreteAllocationInput) {
  optimizePortfolio(portfolioId: $id, method: $m, constraints: $c, blackLitterman: $bl, discreteAllocation: $d) {
    method weights { symbol weight } expectedReturn volatility sharpe observations cvar cvarConfidence turnover benchmarkSymbol trackingError
    frontier { expectedReturn volatility sharpe }
    blackLitterman { symbol marketWeight equilibriumReturn posteriorReturn }
    allocation { solver cash invested leftoverCash deviation shares { symbol shares price value targetWeight weight } }
  } }`;

describe('optimizePortfolio: Black-Litterman, mean-CVaR, EWMA, groups, turnover, tracking error, discrete allocation', () => {
  const database = useTestDatabase();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let pool: pg.Pool;
  let server: SubgraphServer<PortfolioContext>;
  let owner = '';
  const book: Record<string, string> = {};

  const { run, ok } = subgraphCaller(() => server);
  const optimise = async (id: string, m: string, c: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    (await ok(QUERY, { id, m, c, ...extra })).optimizePortfolio;
  const fails = async (id: string, m: string, c: Record<string, unknown>, field: string, message?: RegExp, extra: Record<string, unknown> = {}) => {
    const result = await run(QUERY, { id, m, c, ...extra });
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    if (message) expect(result.errors![0]!.message).toMatch(message);
  };
  const weightOf = (r: any, symbol: string): number => r.weights.find((w: any) => w.symbol === symbol).weight;
  const total = (r: any): number => r.weights.reduce((s: number, w: any) => s + w.weight, 0);

  /** Daily returns of a symbol's last `days` + 1 closes, oldest first (as findReturnHistory computes them). */
  async function returnsOf(symbol: string, days: number): Promise<number[]> {
    const { rows } = await pool.query<{ close: number }>(
      `SELECT close FROM (SELECT b.close, b.ts FROM marketdata.bar b JOIN marketdata.instrument i ON i.id = b.instrument_id WHERE i.symbol = $1 AND b.interval = '1d' ORDER BY b.ts DESC LIMIT $2) s ORDER BY ts`,
      [symbol, days + 1],
    );
    return rows.slice(1).map((r, k) => r.close / rows[k]!.close - 1);
  }

  async function portfolioHolding(name: string, positions: Record<string, number>, extra: Record<string, unknown> = {}): Promise<string> {
    const id = (await ok(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId: owner, name, ...extra } })).createPortfolio.id as string;
    const trades = Object.entries(positions).map(([symbol, quantity]) => ({ symbol, side: 'BUY', quantity, price: 10, fees: 0, ts: '2025-10-01T15:00:00Z' }));
    await ok(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, { i: { portfolioId: id, trades } });
    return id;
  }

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Up-down', 'equity', 'USD', 'XNAS'), ('BBB', 'Down-up', 'equity', 'USD', 'XNAS'),
      ('CCC', 'Gamma', 'equity', 'USD', 'XNYS'), ('DDD', 'Delta', 'equity', 'USD', 'XNYS'),
      ('EEE', 'Epsilon ETF', 'etf', 'USD', 'ARCX'), ('IDX', 'Index ETF', 'etf', 'USD', 'ARCX') RETURNING id, symbol`);
    const id = new Map(rows.map((r) => [r.symbol, r.id]));
    // AAA returns +2%, −1%, +2%, … and BBB −1%, +2%, …: two equally frequent scenarios, for a hand-solvable CVaR.
    const alternating = (first: number, second: number) => {
      const closes = [100];
      for (let k = 1; k < 300; k++) closes.push(closes[k - 1]! * (1 + (k % 2 === 1 ? first : second)));
      return closes;
    };
    for (const [symbol, closes] of [['AAA', alternating(0.02, -0.01)], ['BBB', alternating(-0.01, 0.02)]] as const) {
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', '2025-01-01T00:00:00Z'::timestamptz + ((k - 1) || ' days')::interval, c, c, c, c, 1000 FROM unnest($2::float8[]) WITH ORDINALITY AS u(c, k)`,
        [id.get(symbol), closes],
      );
    }
    // the others: deterministic drifts and wiggles, as in portfolio.test.ts
    for (const [k, symbol] of ['CCC', 'DDD', 'EEE'].entries()) {
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', ts, c, c, c, c, 1000
           FROM (SELECT '2025-01-01T00:00:00Z'::timestamptz + (n || ' days')::interval AS ts,
                        100 * exp(n * $2::float8 + 0.02 * sin(n * $3::float8) + 0.01 * cos(n * 0.7 + $4::float8) + 0.004 * sin(n * n * 0.37 + $4::float8)) AS c
                   FROM generate_series(0, 299) AS n) s`,
        [id.get(symbol), 0.0004 * (k + 1), 0.9 + k * 0.37, k],
      );
    }
    // IDX tracks an equal-weighted basket of CCC, DDD and EEE (geometric mean of closes) with a wiggle of its own
    await pool.query(
      `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
       SELECT $1, '1d', b.ts, c, c, c, c, 1000
         FROM (SELECT ts, exp(avg(ln(close)) + 0.003 * sin(extract(epoch FROM ts) / 86400 * 1.3)) AS c
                 FROM marketdata.bar WHERE instrument_id = ANY($2::int[]) GROUP BY ts) b`,
      [id.get('IDX'), ['CCC', 'DDD', 'EEE'].map((s) => id.get(s))],
    );
    // latest prices (ticks win over closes): CCC 50, DDD 25, AAA 40, BBB 30
    await pool.query(`INSERT INTO marketdata.tick (instrument_id, ts, bid, ask, last, size) SELECT id, '2026-01-05T14:00:00Z', p, p, p, 1 FROM (VALUES ('CCC', 50), ('DDD', 25), ('AAA', 40), ('BBB', 30)) v(s, p) JOIN marketdata.instrument ON symbol = s`);
    server = createPortfolioServer({ pool, clock, logger, internalSecret: 'x'.repeat(32) });
    owner = (await ok(`mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, { i: { kind: 'PERSON', name: 'Quant' } })).createEntity.id;
    book.pair = await portfolioHolding('Pair', { AAA: 1, BBB: 1 });
    // 3 × 50 and 4 × 25: current weights (0.6, 0.4)
    book.two = await portfolioHolding('Two', { CCC: 3, DDD: 4 });
    book.four = await portfolioHolding('Four', { CCC: 1, DDD: 1, EEE: 1, IDX: 1 }, { benchmarkSymbol: 'IDX' });
    book.core = await portfolioHolding('Core', { CCC: 1, DDD: 1, EEE: 1 }, { benchmarkSymbol: 'IDX' });
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('MEAN_CVAR on two mirror-image scenarios: 50/50 and CVaR −0.5% by hand', async () => {
    // Every window holds as many (+2%, −1%) days as (−1%, +2%) days. With weight w in AAA the losses are
    // 0.01 − 0.03w and 0.03w − 0.02; the 5% tail (10 of 200 days) lies within one kind, so
    // CVaR = max of the two, smallest at w = ½: −0.005 (a gain of 0.5% on the worst days).
    const r = await optimise(book.pair!, 'MEAN_CVAR', { lookbackDays: 200 });
    expect(weightOf(r, 'AAA')).toBeCloseTo(0.5, 7);
    expect(weightOf(r, 'BBB')).toBeCloseTo(0.5, 7);
    expect(r.cvar).toBeCloseTo(-0.005, 9);
    expect(r.cvarConfidence).toBe(0.95);
    expect(r.observations).toBe(200);
    // leaning on AAA makes the worst days worse: w = 0.8 → max(0.01 − 0.024, 0.024 − 0.02) = 0.004
    const capped = await optimise(book.pair!, 'MEAN_CVAR', { lookbackDays: 200, minWeight: 0, groups: [{ name: 'AAA floor', symbols: ['AAA'], minWeight: 0.8 }] });
    expect(weightOf(capped, 'AAA')).toBeCloseTo(0.8, 7);
    expect(capped.cvar).toBeCloseTo(0.004, 9);
  });

  it('EWMA covariance: the two-asset min-variance weights from the hand-computed RiskMetrics recursion', async () => {
    const days = 120;
    const lambda = 0.9;
    const [x, y] = [await returnsOf('CCC', days), await returnsOf('DDD', days)];
    // S_t = λS_{t−1} + (1 − λ) r_t r_tᵀ from S₀ = 0, then / (1 − λ^T)
    let s11 = 0, s12 = 0, s22 = 0;
    for (let t = 0; t < days; t++) {
      s11 = lambda * s11 + (1 - lambda) * x[t]! * x[t]!;
      s12 = lambda * s12 + (1 - lambda) * x[t]! * y[t]!;
      s22 = lambda * s22 + (1 - lambda) * y[t]! * y[t]!;
    }
    const norm = 1 - lambda ** days;
    [s11, s12, s22] = [s11 / norm, s12 / norm, s22 / norm];
    // min wᵀΣw with w₁ + w₂ = 1: w₁ = (σ₂² − σ₁₂)/(σ₁² + σ₂² − 2σ₁₂)
    const w1 = (s22 - s12) / (s11 + s22 - 2 * s12);
    const r = await optimise(book.two!, 'MIN_VARIANCE', { covariance: 'EWMA', ewmaLambda: lambda, lookbackDays: days, longOnly: false });
    expect(weightOf(r, 'CCC')).toBeCloseTo(w1, 6);
    const variance = w1 * w1 * s11 + 2 * w1 * (1 - w1) * s12 + (1 - w1) ** 2 * s22;
    expect(r.volatility).toBeCloseTo(Math.sqrt(variance * 252), 6);
    // the default λ = 0.94 gives a different answer than SAMPLE
    const ewma = await optimise(book.two!, 'MIN_VARIANCE', { covariance: 'EWMA', lookbackDays: days, longOnly: false });
    const sample = await optimise(book.two!, 'MIN_VARIANCE', { covariance: 'SAMPLE', lookbackDays: days, longOnly: false });
    expect(Math.abs(weightOf(ewma, 'CCC') - weightOf(sample, 'CCC'))).toBeGreaterThan(1e-4);
  });

  it('BLACK_LITTERMAN without views: π = δΣw_mkt with w_mkt the current weights (0.6, 0.4), and max Sharpe returns w_mkt', async () => {
    const days = 150;
    const [x, y] = [await returnsOf('CCC', days), await returnsOf('DDD', days)];
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const cov = (a: number[], b: number[]) => a.reduce((s, v, t) => s + (v - mean(a)) * (b[t]! - mean(b)), 0) / (days - 1);
    const pi = [2.5 * (cov(x, x) * 0.6 + cov(x, y) * 0.4) * 252, 2.5 * (cov(y, x) * 0.6 + cov(y, y) * 0.4) * 252];
    const r = await optimise(book.two!, 'BLACK_LITTERMAN', { covariance: 'SAMPLE', lookbackDays: days, longOnly: false }, { d: { cash: 1010 } });
    expect(r.blackLitterman).toEqual([
      { symbol: 'CCC', marketWeight: expect.closeTo(0.6, 12), equilibriumReturn: expect.closeTo(pi[0]!, 12), posteriorReturn: expect.closeTo(pi[0]!, 12) },
      { symbol: 'DDD', marketWeight: expect.closeTo(0.4, 12), equilibriumReturn: expect.closeTo(pi[1]!, 12), posteriorReturn: expect.closeTo(pi[1]!, 12) },
    ]);
    expect(weightOf(r, 'CCC')).toBeCloseTo(0.6, 6);
    expect(weightOf(r, 'DDD')).toBeCloseTo(0.4, 6);
    expect(r.turnover).toBeCloseTo(0, 6);
    // 1010 of cash at 50 and 25: targets 606 and 404 → 12 × 50 + 16 × 25 = 1000, 10 left; one more share of either overspends
    expect(r.allocation).toMatchObject({ solver: 'MIP', cash: 1010, invested: 1000, leftoverCash: 10 });
    expect(r.allocation.deviation).toBeCloseTo(10, 5);
    expect(r.allocation.shares.map((s: any) => [s.symbol, s.shares, s.price, s.value])).toEqual([['CCC', 12, 50, 600], ['DDD', 16, 25, 400]]);
  });

  it('BLACK_LITTERMAN views: certain absolute and relative views hold exactly; confidence, explicit market weights, max utility', async () => {
    const base = { covariance: 'SAMPLE', lookbackDays: 150 };
    const absolute = await optimise(book.two!, 'BLACK_LITTERMAN', base, { bl: { views: [{ symbol: 'CCC', expectedReturn: 0.3, confidence: 1 }] } });
    expect(absolute.blackLitterman[0].posteriorReturn).toBeCloseTo(0.3, 10);
    const relative = await optimise(book.two!, 'BLACK_LITTERMAN', base, { bl: { views: [{ symbol: 'DDD', relativeTo: 'CCC', expectedReturn: 0.05, confidence: 1 }] } });
    expect(relative.blackLitterman[1].posteriorReturn - relative.blackLitterman[0].posteriorReturn).toBeCloseTo(0.05, 10);
    // half confidence (Idzorek) lands between the prior and the certain view; so does PROPORTIONAL with confidence 1
    const half = await optimise(book.two!, 'BLACK_LITTERMAN', base, { bl: { views: [{ symbol: 'CCC', expectedReturn: 0.3, confidence: 0.5 }] } });
    const prior = absolute.blackLitterman[0].equilibriumReturn;
    expect(half.blackLitterman[0].posteriorReturn).toBeGreaterThan(Math.min(prior, 0.3));
    expect(half.blackLitterman[0].posteriorReturn).toBeLessThan(Math.max(prior, 0.3));
    const proportional = await optimise(book.two!, 'BLACK_LITTERMAN', base, { bl: { views: [{ symbol: 'CCC', expectedReturn: 0.3, confidence: 1 }], viewUncertainty: 'PROPORTIONAL' } });
    // one absolute view with ω = pτΣpᵀ: the posterior is halfway between π and q
    expect(proportional.blackLitterman[0].posteriorReturn).toBeCloseTo((prior + 0.3) / 2, 10);
    const explicit = await optimise(book.two!, 'BLACK_LITTERMAN', { ...base, maxWeight: 0.7 }, { bl: { marketWeights: [{ symbol: 'CCC', weight: 0.5 }, { symbol: 'DDD', weight: 0.5 }], objective: 'MAX_UTILITY', riskAversion: 3 } });
    expect(explicit.blackLitterman.map((b: any) => b.marketWeight)).toEqual([0.5, 0.5]);
    expect(total(explicit)).toBeCloseTo(1, 8);
    for (const w of explicit.weights) expect(w.weight).toBeLessThanOrEqual(0.7 + 1e-7);
  });

  it('a binding turnover limit: from (0.6, 0.4) with Σ|w − w₀| ≤ 0.04 the min-variance move stops 0.02 along', async () => {
    // with two assets Σ|w − w₀| = 2|w₁ − 0.6|, and the variance is convex along the line: the optimum is the limit
    const free = await optimise(book.two!, 'MIN_VARIANCE', { lookbackDays: 200 });
    const direction = Math.sign(weightOf(free, 'CCC') - 0.6);
    expect(Math.abs(weightOf(free, 'CCC') - 0.6)).toBeGreaterThan(0.02);
    for (const method of ['MIN_VARIANCE', 'MAX_SHARPE', 'TARGET_VOLATILITY', 'BLACK_LITTERMAN', 'MEAN_CVAR']) {
      const limited = await optimise(book.two!, method, { lookbackDays: 200, maxTurnover: 0.04, targetVolatility: 0.3 });
      expect(limited.turnover).toBeLessThanOrEqual(0.04 + 1e-7);
      if (method === 'MIN_VARIANCE') {
        expect(weightOf(limited, 'CCC')).toBeCloseTo(0.6 + 0.02 * direction, 7);
        expect(limited.turnover).toBeCloseTo(0.04, 7);
      }
    }
    const frozen = await optimise(book.two!, 'MIN_VARIANCE', { lookbackDays: 200, maxTurnover: 0 });
    expect(weightOf(frozen, 'CCC')).toBeCloseTo(0.6, 7);
  });

  it('group limits by symbols and by asset class hold for every method that takes them', async () => {
    const groups = [{ name: 'ETFs', assetClass: 'ETF', maxWeight: 0.3 }, { name: 'Gamma', symbols: ['CCC'], minWeight: 0.3 }];
    for (const method of ['MIN_VARIANCE', 'MAX_SHARPE', 'TARGET_VOLATILITY', 'BLACK_LITTERMAN', 'MEAN_CVAR', 'MIN_TRACKING_ERROR']) {
      const r = await optimise(book.four!, method, { lookbackDays: 200, groups, targetVolatility: 0.2, maxWeight: 0.6 });
      expect(total(r)).toBeCloseTo(1, 6);
      expect(weightOf(r, 'EEE') + weightOf(r, 'IDX')).toBeLessThanOrEqual(0.3 + 1e-7);
      expect(weightOf(r, 'CCC')).toBeGreaterThanOrEqual(0.3 - 1e-7);
      for (const w of r.weights) {
        expect(w.weight).toBeGreaterThanOrEqual(-1e-7);
        expect(w.weight).toBeLessThanOrEqual(0.6 + 1e-7);
      }
      expect(r.frontier.length).toBeGreaterThan(5);
    }
  });

  it('tracking error: MIN_TRACKING_ERROR vs the portfolio benchmark, and a binding maxTrackingError for each method', async () => {
    // IDX is held in "Four": the closest portfolio to it is IDX itself
    const held = await optimise(book.four!, 'MIN_TRACKING_ERROR', { lookbackDays: 200 });
    expect(held.benchmarkSymbol).toBe('IDX');
    expect(weightOf(held, 'IDX')).toBeCloseTo(1, 5);
    expect(held.trackingError).toBeCloseTo(0, 4);
    // "Core" does not hold IDX: the benchmark joins the return window as an extra column
    const floor = await optimise(book.core!, 'MIN_TRACKING_ERROR', { lookbackDays: 200 });
    const free = await optimise(book.core!, 'MIN_VARIANCE', { lookbackDays: 200, maxTrackingError: 10 });
    expect(floor.trackingError).toBeGreaterThan(0);
    expect(free.trackingError).toBeGreaterThan(floor.trackingError * 1.05);
    const limit = (floor.trackingError + free.trackingError) / 2;
    for (const method of ['MIN_VARIANCE', 'MAX_SHARPE', 'TARGET_RETURN', 'BLACK_LITTERMAN', 'MEAN_CVAR']) {
      const r = await optimise(book.core!, method, { lookbackDays: 200, maxTrackingError: limit, targetReturn: 0.05 });
      expect(r.trackingError).toBeLessThanOrEqual(limit * (1 + 1e-8));
      expect(total(r)).toBeCloseTo(1, 6);
      if (method === 'MIN_VARIANCE') {
        expect(r.trackingError).toBeGreaterThan(limit * (1 - 1e-6));
        expect(r.volatility).toBeGreaterThanOrEqual(free.volatility - 1e-9);
      }
    }
    // an explicit benchmark overrides the portfolio's
    const other = await optimise(book.core!, 'MIN_TRACKING_ERROR', { lookbackDays: 200, benchmarkSymbol: 'CCC' });
    expect(other.benchmarkSymbol).toBe('CCC');
    expect(weightOf(other, 'CCC')).toBeCloseTo(1, 5);
  });

  it('every bad input is BAD_USER_INPUT naming its field', async () => {
    const two = book.two!;
    await fails(two, 'MIN_VARIANCE', { covariance: 'EWMA', ewmaLambda: 1.5 }, 'constraints.ewmaLambda');
    await fails(two, 'MIN_VARIANCE', { maxTurnover: 3 }, 'constraints.maxTurnover');
    await fails(two, 'MIN_VARIANCE', { maxTrackingError: -0.1 }, 'constraints.maxTrackingError');
    await fails(two, 'MEAN_CVAR', { cvarConfidence: 1 }, 'constraints.cvarConfidence');
    await fails(two, 'MIN_VARIANCE', { groups: [{ name: 'g', symbols: ['CCC'], assetClass: 'equity', maxWeight: 0.5 }] }, 'constraints.groups[0]', /exactly one/);
    await fails(two, 'MIN_VARIANCE', { groups: [{ name: 'g', symbols: ['XOM'], maxWeight: 0.5 }] }, 'constraints.groups[0].symbols[0]', /not a holding/);
    await fails(two, 'MIN_VARIANCE', { groups: [{ name: 'g', assetClass: 'bond', maxWeight: 0.5 }] }, 'constraints.groups[0].assetClass', /no holding/);
    await fails(two, 'MIN_VARIANCE', { groups: [{ name: 'g', symbols: ['CCC'] }] }, 'constraints.groups[0]', /minWeight and\/or maxWeight/);
    await fails(two, 'MIN_VARIANCE', { groups: [{ name: 'g', symbols: ['CCC'], minWeight: 0.6, maxWeight: 0.5 }] }, 'constraints.groups[0].minWeight');
    await fails(two, 'RISK_PARITY', { groups: [{ name: 'g', symbols: ['CCC'], maxWeight: 0.5 }] }, 'constraints.groups', /not supported by RISK_PARITY/);
    await fails(two, 'HRP', { maxTurnover: 0.5 }, 'constraints.maxTurnover', /not supported by HRP/);
    await fails(two, 'MIN_TRACKING_ERROR', {}, 'constraints.benchmarkSymbol', /needs a benchmark/);
    await fails(two, 'MIN_VARIANCE', { maxTrackingError: 0.05, benchmarkSymbol: 'NOPE' }, 'constraints.benchmarkSymbol', /unknown instrument/);
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.views[0].symbol', /not a holding/, { bl: { views: [{ symbol: 'XOM', expectedReturn: 0.1 }] } });
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.views[0].relativeTo', /must differ/, { bl: { views: [{ symbol: 'CCC', relativeTo: 'CCC', expectedReturn: 0.1 }] } });
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.views[0].confidence', undefined, { bl: { views: [{ symbol: 'CCC', expectedReturn: 0.1, confidence: 0 }] } });
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.marketWeights', /sum to 1/, { bl: { marketWeights: [{ symbol: 'CCC', weight: 0.5 }] } });
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.tau', undefined, { bl: { tau: 0 } });
    const certain = { symbol: 'CCC', expectedReturn: 0.1, confidence: 1 };
    await fails(two, 'BLACK_LITTERMAN', {}, 'blackLitterman.views', /linearly dependent/, { bl: { views: [certain, certain] } });
    await fails(two, 'MIN_VARIANCE', {}, 'discreteAllocation.cash', undefined, { d: { cash: -5 } });
    // a target return beyond the better asset's needs leverage: the worse one is shorted
    const [mc, md] = await Promise.all(['CCC', 'DDD'].map(async (symbol) => ((await returnsOf(symbol, 200)).reduce((a, b) => a + b, 0) / 200) * 252));
    const leveraged = Math.max(mc!, md!) + 2 * Math.abs(mc! - md!);
    await fails(two, 'TARGET_RETURN', { lookbackDays: 200, longOnly: false, minWeight: -5, maxWeight: 5, targetReturn: leveraged }, 'discreteAllocation', /long-only/, { d: { cash: 1000 } });
    // infeasible limits are reported on the constraints
    await fails(two, 'MIN_VARIANCE', { maxTurnover: 0, maxWeight: 0.5 }, 'constraints', /infeasible|cannot all hold/);
    await fails(book.core!, 'MIN_VARIANCE', { maxTrackingError: 1e-6 }, 'constraints', /tracking error/);
  });
});
