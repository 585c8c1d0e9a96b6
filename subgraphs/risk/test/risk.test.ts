import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createAccel, type Accel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createRiskServer } from '../src/server.ts';
import type { RiskContext } from '../src/context.ts';

const logger = createLogger({ name: 'risk-test', level: 'silent' });


describe('risk subgraph', () => {
  const database = useTestDatabase();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let pool: pg.Pool;
  let accel: Accel;
  let server: SubgraphServer<RiskContext>;
  let instruments: Record<string, string> = {};

  const { run, ok } = subgraphCaller(() => server);
  /** The Portfolio representation the gateway sends once it fetched the @required positions. */
  const portfolio = (id: string, holdings: Array<[symbol: string, quantity: number, price: number | null]>) => ({
    __typename: 'Portfolio',
    id,
    positions: holdings.map(([symbol, quantity, lastPrice]) => ({ quantity, instrument: { id: instruments[symbol], symbol, lastPrice } })),
  });
  const onPortfolio = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { ${selection} } } }`;
  const reportCount = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM risk.risk_report')).rows[0]!.n;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('BND', 'Bond ETF', 'bond', 'USD', 'ARCX'), ('NEW', 'New Listing', 'equity', 'USD', 'XNAS') RETURNING id, symbol`);
    instruments = Object.fromEntries(rows.map((r) => [r.symbol, String(r.id)]));
    for (const [k, r] of rows.entries()) {
      const days = r.symbol === 'NEW' ? 10 : 400;
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', ts, c, c, c, c, 1000
           FROM (SELECT '2026-01-05T00:00:00Z'::timestamptz - ((n + 1) || ' days')::interval AS ts,
                        100 * exp(0.0002 * n + 0.02 * sin(n * $2::float8) + 0.01 * cos(n * 0.7 + $3::float8)) AS c
                   FROM generate_series(0, $4::int - 1) AS n) s`,
        [r.id, 0.9 + k * 0.37, k, days],
      );
    }
    accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    server = createRiskServer({ pool, bus, clock, logger, internalSecret: 'x'.repeat(32), accel });
  });
  afterAll(async () => {
    await server?.stop();
    await accel?.close();
    await pool?.end();
  });

  it('computes, stores and lists a report; component VaRs sum to the parametric VaR', async () => {
    const rep = [portfolio('7', [['AAA', 10, 120], ['BND', -4, 95]])];
    const data = await ok(onPortfolio(`riskReport(method: PARAMETRIC, confidence: 0.99, horizonDays: 10, shocks: [{ symbol: "AAA", return: -0.5 }]) {
      id portfolioId method confidence horizonDays var es portfolioValue volatility
      contributions { symbol weight marginalVar componentVar } stress { scenario pnl return } computedWith { backend paths } breaches { id }
      correlation { factors averagePairwise highest { symbolA symbolB correlation } strongest { correlation } } }`), { r: rep });
    const report = data._entities[0].riskReport;
    // Two factors: one pair, so the average, highest and only pair coincide.
    expect(report.correlation.factors).toBe(2);
    expect(report.correlation.strongest).toHaveLength(1);
    expect(report.correlation.highest.correlation).toBeCloseTo(report.correlation.averagePairwise, 12);
    expect(Math.abs(report.correlation.averagePairwise)).toBeLessThanOrEqual(1);
    expect(report).toMatchObject({ portfolioId: '7', method: 'PARAMETRIC', horizonDays: 10, portfolioValue: 1200 - 380, computedWith: { backend: 'js', paths: 0 }, breaches: [] });
    expect(report.var).toBeGreaterThan(0);
    expect(report.es).toBeGreaterThan(report.var);
    const sum = report.contributions.reduce((s: number, c: { componentVar: number }) => s + c.componentVar, 0);
    expect(Math.abs(sum - report.var)).toBeLessThan(1e-9 * report.var);
    expect(report.stress.map((s: { scenario: string }) => s.scenario)).toEqual(['2008 crisis', '2020 crash', 'Rates +200bp', 'User shocks']);
    expect(report.stress[3].pnl).toBeCloseTo(-600, 9);
    expect(report.stress[0].pnl).toBeCloseTo(1200 * -0.4 + -380 * 0.05, 9); // bond short loses when bonds rally

    const historical = (await ok(onPortfolio('riskReport { id var es method }'), { r: rep }))._entities[0].riskReport;
    expect(historical.method).toBe('HISTORICAL');
    const listed = await ok(onPortfolio('riskReportHistory(first: 5) { id method }'), { r: [{ __typename: 'Portfolio', id: '7' }] });
    expect(listed._entities[0].riskReportHistory.map((r: { id: string }) => r.id)).toEqual([historical.id, report.id]);
    const readBack = await ok(`query($id: ID!) { riskReport(id: $id) { id var contributions { symbol } } }`, { id: report.id });
    expect(readBack.riskReport).toMatchObject({ id: report.id, var: report.var, contributions: [{ symbol: 'AAA' }, { symbol: 'BND' }] });
    const stored = await pool.query('SELECT inputs FROM risk.risk_report WHERE id = $1', [report.id]);
    expect(stored.rows[0].inputs).toMatchObject({ lookbackDays: 250, positions: [{ symbol: 'AAA', quantity: 10, price: 120 }, { symbol: 'BND', quantity: -4, price: 95 }] });
  });

  it('every method gives a positive VaR ≤ ES; Monte Carlo reports its backend and paths', async () => {
    const rep = [portfolio('8', [['AAA', 10, 120], ['BND', 5, 95]])];
    for (const method of ['HISTORICAL', 'FILTERED_HISTORICAL', 'PARAMETRIC', 'CORNISH_FISHER', 'MONTE_CARLO']) {
      const r = (await ok(onPortfolio(`riskReport(method: ${method}, paths: 20000) { var es computedWith { backend paths } }`), { r: rep }))._entities[0].riskReport;
      expect(r.var, method).toBeGreaterThan(0);
      expect(r.es, method).toBeGreaterThanOrEqual(r.var);
      if (method === 'MONTE_CARLO') expect(r.computedWith).toEqual({ backend: 'js', paths: 20000 });
    }
  });

  it('rejects bad input with BAD_USER_INPUT naming the field and writes nothing', async () => {
    const before = await reportCount();
    const cases: Array<[string, Array<[string, number, number | null]>, string]> = [
      ['confidence: 1.5', [['AAA', 1, 100]], 'confidence'],
      ['confidence: 0', [['AAA', 1, 100]], 'confidence'],
      ['horizonDays: 0', [['AAA', 1, 100]], 'horizonDays'],
      ['horizonDays: 251', [['AAA', 1, 100]], 'horizonDays'],
      ['shocks: [{ symbol: "AAA", return: -1.2 }]', [['AAA', 1, 100]], 'shocks[0].return'],
      ['', [['AAA', 1, 100], ['NEW', 1, 10]], 'lookbackDays'], // NEW has 10 days of history
      ['asOf: "2020-01-01T00:00:00Z"', [['AAA', 1, 100]], 'lookbackDays'],
      ['', [['AAA', 1, null]], 'positions'],
    ];
    for (const [args, holdings, field] of cases) {
      const result = await run(onPortfolio(`riskReport${args ? `(${args})` : ''} { id }`), { r: [portfolio('9', holdings)] });
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await reportCount()).toBe(before);
  });

  it('gives a portfolio with no open positions a stored zero report', async () => {
    const r = (await ok(onPortfolio('riskReport { id var es portfolioValue contributions { symbol } stress { pnl } }'), { r: [portfolio('10', [['AAA', 0, 100]])] }))._entities[0].riskReport;
    expect(r).toMatchObject({ var: 0, es: 0, portfolioValue: 0, contributions: [] });
  });

  it('records a limit breach and publishes risk.limit.breached on the bus after commit', async () => {
    expect.assertions(10);
    // Limits need an existing portfolio (the portfolio engine's row).
    await pool.query(`INSERT INTO portfolio.entity (id, kind, name) VALUES (11, 'person', 'Limits owner') ON CONFLICT DO NOTHING`);
    await pool.query(`INSERT INTO portfolio.portfolio (id, entity_id, name) VALUES (11, 11, 'Limited') ON CONFLICT DO NOTHING`);
    const limit = (await ok(`mutation { createRiskLimit(input: { portfolioId: "11", kind: VAR, threshold: 1 }) { id kind threshold active } }`)).createRiskLimit;
    await ok(`mutation { createRiskLimit(input: { portfolioId: "11", kind: EXPOSURE, threshold: 1000000 }) { id } }`);
    const events = bus.subscribe('risk.limit.breached');
    const r = (await ok(onPortfolio('riskReport { id var breaches { id value threshold limit { kind } } }'), { r: [portfolio('11', [['AAA', 10, 120]])] }))._entities[0].riskReport;
    expect(r.breaches).toEqual([{ id: `${r.id}:${limit.id}`, value: r.var, threshold: 1, limit: { kind: 'VAR' } }]);
    const event = (await events.next()).value;
    events.close();
    expect(event).toEqual({ breachId: `${r.id}:${limit.id}`, reportId: r.id, limitId: limit.id, portfolioId: '11', kind: 'VAR', value: r.var, threshold: 1 });
    const looked = await ok(`query($id: ID!) { riskLimitBreach(id: $id) { portfolioId report { id } } }`, { id: event.breachId });
    expect(looked.riskLimitBreach).toEqual({ portfolioId: '11', report: { id: r.id } });
    const off = await ok(`mutation($id: ID!) { updateRiskLimit(id: $id, input: { active: false }) { active } }`, { id: limit.id });
    expect(off.updateRiskLimit.active).toBe(false);
    const bad = await run(`mutation { createRiskLimit(input: { portfolioId: "11", kind: VAR, threshold: -5 }) { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.threshold' });
  });

  it('backtests a rolling one-day VaR with Kupiec, Christoffersen and the Basel zone', async () => {
    const r = (await ok(onPortfolio('varBacktest(confidence: 0.95, windowDays: 100, lookbackDays: 100, method: PARAMETRIC) { windowDays exceptions kupiecStatistic kupiecPValue christoffersenPValue zone exceedances { date pnl var } }'), {
      r: [portfolio('7', [['AAA', 10, 120]])],
    }))._entities[0].varBacktest;
    expect(r.windowDays).toBe(100);
    expect(r.exceedances).toHaveLength(r.exceptions);
    expect(r.kupiecPValue).toBeGreaterThanOrEqual(0);
    expect(['GREEN', 'YELLOW', 'RED']).toContain(r.zone);
    for (const e of r.exceedances) expect(-e.pnl).toBeGreaterThan(e.var);
    const tooLong = await run(onPortfolio('varBacktest(windowDays: 1000) { zone }'), { r: [portfolio('7', [['AAA', 10, 120]])] });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowDays' });
  });
});
