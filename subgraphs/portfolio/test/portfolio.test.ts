import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller, type GraphQLResult } from '@nautilus/testing';
import { createPortfolioServer } from '../src/server.ts';
import type { PortfolioContext } from '../src/context.ts';

const logger = createLogger({ name: 'portfolio-test', level: 'silent' });


describe('portfolio subgraph', () => {
  const database = useTestDatabase();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let pool: pg.Pool;
  let server: SubgraphServer<PortfolioContext>;
  const batches: Array<[string, readonly unknown[]]> = [];
  let ids: Record<string, string> = {};

  const { run, ok } = subgraphCaller(() => server);

  const counts = async () =>
    (
      await pool.query<{ t: number; c: number; o: number; e: number; g: number }>(
        'SELECT (SELECT count(*) FROM portfolio.trade)::int AS t, (SELECT count(*) FROM portfolio.cash_entry)::int AS c, (SELECT count(*) FROM portfolio.ownership)::int AS o, (SELECT count(*) FROM portfolio.entity)::int AS e, (SELECT count(*) FROM portfolio.goal)::int AS g',
      )
    ).rows[0]!;

  const createEntity = async (kind: string, name: string) =>
    (await ok(`mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, { i: { kind, name } })).createEntity.id as string;
  const createPortfolio = async (entityId: string, name: string, extra: Record<string, unknown> = {}) =>
    (await ok(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name, ...extra } })).createPortfolio.id as string;
  const trade = (symbol: string, side: string, quantity: number, price: number, day: number, fees = 0) => ({
    symbol, side, quantity, price, fees, ts: new Date(Date.UTC(2025, 0, 1 + day, 15)).toISOString(),
  });
  const recordTrades = (portfolioId: string, trades: unknown[]) =>
    run(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id symbol side quantity price fees } }`, { i: { portfolioId, trades } });

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta Corp', 'equity', 'USD', 'XNYS'),
      ('CCC', 'Gamma ETF', 'etf', 'USD', 'ARCX'), ('IDX', 'Index ETF', 'etf', 'USD', 'ARCX') RETURNING id, symbol`);
    // 300 business-day-ish daily bars per instrument: deterministic, different drifts and wiggles.
    for (const [k, r] of rows.entries()) {
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', ts, c, c, c, c, 1000
           FROM (SELECT '2025-01-01T00:00:00Z'::timestamptz + (n || ' days')::interval AS ts,
                        100 * exp(n * $2::float8 + 0.02 * sin(n * $3::float8) + 0.01 * cos(n * 0.7 + $4::float8)) AS c
                   FROM generate_series(0, 299) AS n) s`,
        [r.id, 0.0003 * (k + 1), 0.9 + k * 0.37, k],
      );
    }
    server = createPortfolioServer({ pool, clock, logger, internalSecret: 'x'.repeat(32), onBatch: (name, keys) => batches.push([name, keys]) });
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('derives positions with the average-cost method: buys, partial sells, realised P&L, fees', async () => {
    const person = await createEntity('PERSON', 'Ada');
    ids.person = person;
    const p = await createPortfolio(person, 'Core', { benchmarkSymbol: 'IDX' });
    ids.core = p;
    await ok(`mutation($i: CashInput!) { depositCash(input: $i) { amount kind } }`, { i: { portfolioId: p, amount: 10_000, ts: '2025-01-01T09:00:00Z' } });
    const written = await recordTrades(p, [
      trade('AAA', 'BUY', 10, 100, 1, 1), // cost 1001
      trade('AAA', 'BUY', 10, 110, 2, 1), // cost 1101 → 20 @ 105.1
      trade('AAA', 'SELL', 5, 120, 3, 2), // relieved 5 × 105.1 = 525.5; realised 600 − 525.5 − 2 = 72.5
      trade('BBB', 'BUY', 3, 50.5, 4),
      trade('BBB', 'SELL', 3, 60, 5, 0.5), // closed: realised 180 − 151.5 − 0.5 = 28
    ]);
    expect(written.errors).toBeUndefined();
    expect(written.data?.recordTrades.map((t: any) => t.side)).toEqual(['BUY', 'BUY', 'SELL', 'BUY', 'SELL']);
    const data = await ok(`query($id: ID!) { portfolio(id: $id) { cash
      open: positions { symbol quantity averageCost costBasis realizedPnl marketValue }
      all: positions(includeClosed: true) { symbol quantity averageCost realizedPnl } } }`, { id: p });
    expect(data.portfolio.open).toEqual([{ symbol: 'AAA', quantity: 15, averageCost: 105.1, costBasis: 1576.5, realizedPnl: 72.5, marketValue: null }]);
    expect(data.portfolio.all[1]).toEqual({ symbol: 'BBB', quantity: 0, averageCost: null, realizedPnl: 28 });
    // 10000 − 1001 − 1101 + 598 − 151.5 + 179.5
    expect(data.portfolio.cash).toBeCloseTo(10_000 - 1001 - 1101 + 598 - 151.5 + 179.5, 9);
    const exact = await pool.query<{ balance: string }>('SELECT balance::text FROM portfolio.cash WHERE portfolio_id = $1', [p]);
    expect(Number(exact.rows[0]!.balance)).toBe(8524);
  });

  it('pages trades newest first and portfolios by id', async () => {
    const first = await ok(`query($id: ID!) { portfolio(id: $id) { trades(first: 2) { totalCount edges { node { symbol side ts } } pageInfo { hasNextPage endCursor } } } }`, { id: ids.core });
    expect(first.portfolio.trades.totalCount).toBe(5);
    expect(first.portfolio.trades.edges.map((e: any) => `${e.node.side} ${e.node.symbol}`)).toEqual(['SELL BBB', 'BUY BBB']);
    const next = await ok(`query($id: ID!, $after: String) { portfolio(id: $id) { trades(first: 10, after: $after) { edges { node { symbol side } } pageInfo { hasNextPage } } } }`, {
      id: ids.core,
      after: first.portfolio.trades.pageInfo.endCursor,
    });
    expect(next.portfolio.trades.edges).toHaveLength(3);
    expect(next.portfolio.trades.pageInfo.hasNextPage).toBe(false);
    const page = await ok(`{ portfolios(first: 1) { totalCount edges { node { name owner { name } } } pageInfo { hasNextPage } } }`);
    expect(page.portfolios).toEqual({ totalCount: 1, edges: [{ node: { name: 'Core', owner: { name: 'Ada' } } }], pageInfo: { hasNextPage: false } });
  });

  it('sees 60% of a company portfolio through a trust, and nested stakes multiply', async () => {
    const trust = await createEntity('TRUST', 'Family Trust');
    const company = await createEntity('COMPANY', 'HoldCo');
    const sub = await createEntity('COMPANY', 'SubCo');
    ids = { ...ids, trust, company, sub };
    const own = `mutation($i: AddOwnershipInput!) { addOwnership(input: $i) { percentage owner { name } owned { name } } }`;
    expect((await ok(own, { i: { ownerId: trust, ownedId: company, percentage: 60 } })).addOwnership).toEqual({ percentage: 60, owner: { name: 'Family Trust' }, owned: { name: 'HoldCo' } });
    await ok(own, { i: { ownerId: company, ownedId: sub, percentage: 50 } });
    const cp = await createPortfolio(company, 'HoldCo Book');
    const sp = await createPortfolio(sub, 'SubCo Book');
    await ok(`mutation($i: CashInput!) { depositCash(input: $i) { id } }`, { i: { portfolioId: cp, amount: 1000, ts: '2025-01-01T09:00:00Z' } });
    expect((await recordTrades(cp, [trade('CCC', 'BUY', 100, 10, 1)])).errors).toBeUndefined();
    expect((await recordTrades(sp, [trade('CCC', 'BUY', 40, 10, 1), trade('AAA', 'BUY', 10, 100, 1)])).errors).toBeUndefined();
    ids.companyPortfolio = cp;
    const data = await ok(`query($id: ID!) { entity(id: $id) { name owns { percentage owned { name } } consolidated { cash portfolios { share portfolio { name } } positions { symbol quantity costBasis instrument { id } } } } }`, { id: trust });
    expect(data.entity.consolidated.portfolios).toEqual([
      { share: 0.6, portfolio: { name: 'HoldCo Book' } },
      { share: 0.3, portfolio: { name: 'SubCo Book' } },
    ]);
    // CCC: 0.6 × 100 + 0.3 × 40 = 72; AAA: 0.3 × 10 = 3. Cash: 0.6 × (1000 − 1000) + 0.3 × (−400 − 1000)
    expect(data.entity.consolidated.positions.map((p: any) => [p.symbol, p.quantity, p.costBasis])).toEqual([
      ['AAA', 3, 300],
      ['CCC', 72, 720],
    ]);
    expect(data.entity.consolidated.cash).toBeCloseTo(-420, 9);
  });

  describe('refuses bad input with BAD_USER_INPUT naming the field and writes nothing', () => {
    const cases: Array<[string, () => Promise<GraphQLResult>, string, RegExp]> = [
      ['unknown portfolio', () => recordTrades('999', [trade('AAA', 'BUY', 1, 1, 1)]), 'input.portfolioId', /unknown portfolio "999"/],
      ['negative quantity', () => recordTrades(ids.core!, [trade('AAA', 'BUY', 1, 1, 9), trade('AAA', 'BUY', 1, 1, 9), trade('AAA', 'BUY', -5, 1, 9)]), 'input.trades[2].quantity', /^input\.trades\[2\]\.quantity: must be positive, got -5$/],
      ['zero price', () => recordTrades(ids.core!, [trade('AAA', 'BUY', 1, 0, 9)]), 'input.trades[0].price', /must be positive, got 0/],
      ['negative fees', () => recordTrades(ids.core!, [trade('AAA', 'BUY', 1, 1, 9, -1)]), 'input.trades[0].fees', /must be zero or more/],
      ['too many decimals', () => recordTrades(ids.core!, [trade('AAA', 'BUY', 0.123456789012, 1, 9)]), 'input.trades[0].quantity', /at most 10 decimal places/],
      ['unknown symbol', () => recordTrades(ids.core!, [trade('AAA', 'BUY', 1, 1, 9), trade('NOPE', 'BUY', 1, 1, 9)]), 'input.trades[1].symbol', /unknown instrument "NOPE"/],
      // Holds 15 AAA: buying 1 then selling 17 in the same batch (in ts order) goes short by 1.
      ['selling more than held', () => recordTrades(ids.core!, [trade('AAA', 'SELL', 17, 100, 11), trade('AAA', 'BUY', 1, 100, 10)]), 'input.trades[0].quantity', /sells 17 AAA but only 16 is held at .* does not allow shorting/],
      ['a backdated sell before the buy', () => recordTrades(ids.core!, [trade('CCC', 'SELL', 1, 10, 0)]), 'input.trades[0].quantity', /only 0 is held/],
      ['overdraft', () => run(`mutation($i: CashInput!) { withdrawCash(input: $i) { id } }`, { i: { portfolioId: ids.core, amount: 8524.01 } }), 'input.amount', /would overdraw the cash balance of 8524/],
      ['ownership cycle', () => run(`mutation($i: AddOwnershipInput!) { addOwnership(input: $i) { percentage } }`, { i: { ownerId: ids.sub, ownedId: ids.trust, percentage: 10 } }), 'input.ownedId', /cannot form a cycle/],
      ['percentage out of range', () => run(`mutation($i: AddOwnershipInput!) { addOwnership(input: $i) { percentage } }`, { i: { ownerId: ids.person, ownedId: ids.company, percentage: 100.5 } }), 'input.percentage', /must be in \(0, 100\], got 100.5/],
      ['owners over 100%', () => run(`mutation($i: AddOwnershipInput!) { addOwnership(input: $i) { percentage } }`, { i: { ownerId: ids.person, ownedId: ids.company, percentage: 41 } }), 'input.percentage', /already hold 60%/],
      ['goal with an unknown portfolio', () => run(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { entityId: ids.trust, name: 'G', targetAmount: 1, targetDate: '2030-01-01T00:00:00Z', portfolioIds: [ids.core, '777'] } }), 'input.portfolioIds[1]', /unknown portfolio "777"/],
    ];
    for (const [name, act, field, message] of cases) {
      it(name, async () => {
        const before = await counts();
        const result = await act();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await counts()).toEqual(before);
      });
    }
  });

  it('allows shorts only where the portfolio says so', async () => {
    const p = await createPortfolio(ids.person!, 'Long/Short', { allowShort: true });
    const result = await recordTrades(p, [trade('BBB', 'SELL', 10, 50, 1), trade('BBB', 'BUY', 4, 40, 2)]);
    expect(result.errors).toBeUndefined();
    const data = await ok(`query($id: ID!) { portfolio(id: $id) { positions { quantity averageCost costBasis realizedPnl } } }`, { id: p });
    expect(data.portfolio.positions).toEqual([{ quantity: -6, averageCost: 50, costBasis: -300, realizedPnl: 40 }]);
  });

  it('resolves Portfolio references in one batch, and Position references with the lastPrice the gateway sends', async () => {
    batches.length = 0;
    const result = await ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { name } ... on Position { symbol marketValue unrealizedPnl } } }`,
      {
        r: [
          { __typename: 'Portfolio', id: ids.core },
          { __typename: 'Portfolio', id: ids.companyPortfolio },
          { __typename: 'Portfolio', id: '424242' },
          { __typename: 'Position', id: `${ids.core}:${(await pool.query("SELECT id FROM marketdata.instrument WHERE symbol = 'AAA'")).rows[0].id}`, instrument: { id: '1', lastPrice: 110 } },
        ],
      },
    );
    expect(result._entities).toEqual([{ name: 'Core' }, { name: 'HoldCo Book' }, null, { symbol: 'AAA', marketValue: 1650, unrealizedPnl: 1650 - 1576.5 }]);
    expect(batches.filter(([name]) => name === 'portfolioById')).toEqual([['portfolioById', [Number(ids.core), Number(ids.companyPortfolio), 424242]]]);
  });

  it('estimates goal probability that falls as the target rises', async () => {
    const create = async (target: number) =>
      (
        await ok(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id portfolios { name } } }`, {
          i: { entityId: ids.person, name: `Goal ${target}`, targetAmount: target, targetDate: '2036-01-05T00:00:00Z', portfolioIds: [ids.core] },
        })
      ).createGoal.id as string;
    const progressOf = async (id: string) =>
      (await ok(`query($id: ID!) { goal(id: $id) { progress(paths: 4000, seed: 3) { currentValue probabilityOfReaching standardError drift volatility yearsRemaining computedWith { backend paths } } } }`, { id })).goal.progress;
    const probe = await progressOf(await create(10_000));
    // The simulation ran on accel's router (the test server's js-only accel).
    expect(probe.computedWith).toEqual({ backend: 'js', paths: 4000 });
    expect(probe.currentValue).toBeGreaterThan(8524);
    expect(probe.volatility).toBeGreaterThan(0);
    expect(probe.yearsRemaining).toBeCloseTo(10, 1);
    // Targets around the median outcome V₀·e^{(μ − σ²/2)T}, where the probability is most sensitive.
    const median = probe.currentValue * Math.exp((probe.drift - probe.volatility ** 2 / 2) * probe.yearsRemaining);
    const probabilities = [];
    for (const factor of [0.9, 1, 1.1]) probabilities.push((await progressOf(await create(Math.round(median * factor)))).probabilityOfReaching);
    expect(probabilities[0]).toBeGreaterThan(probabilities[1]);
    expect(probabilities[1]).toBeGreaterThan(probabilities[2]);
    expect(probabilities[1]).toBeCloseTo(0.5, 1);
  });

  it('optimises current holdings: weights respect constraints and sum to 1, with a frontier', async () => {
    const p = await createPortfolio(ids.person!, 'Optimise me');
    await recordTrades(p, [trade('AAA', 'BUY', 1, 100, 250), trade('BBB', 'BUY', 1, 100, 250), trade('CCC', 'BUY', 1, 100, 250), trade('IDX', 'BUY', 1, 100, 250)]);
    ids.opt = p;
    const query = `query($id: ID!, $m: OptimizationMethod!, $c: OptimizationConstraints) { optimizePortfolio(portfolioId: $id, method: $m, constraints: $c) {
      method weights { symbol weight } expectedReturn volatility sharpe observations frontier { expectedReturn volatility } } }`;
    for (const method of ['MIN_VARIANCE', 'MAX_SHARPE', 'RISK_PARITY', 'HRP']) {
      const data = await ok(query, { id: p, m: method, c: { minWeight: 0.05, maxWeight: 0.5, lookbackDays: 200 } });
      const weights = data.optimizePortfolio.weights.map((w: any) => w.weight);
      expect(weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 6);
      if (method === 'MIN_VARIANCE' || method === 'MAX_SHARPE') {
        for (const w of weights) {
          expect(w).toBeGreaterThanOrEqual(0.05 - 1e-7);
          expect(w).toBeLessThanOrEqual(0.5 + 1e-7);
        }
      }
      expect(data.optimizePortfolio.observations).toBe(200);
      expect(data.optimizePortfolio.frontier.length).toBeGreaterThan(10);
    }
    const bad = await run(query, { id: ids.companyPortfolio, m: 'MIN_VARIANCE' });
    expect(bad.errors?.[0]).toMatchObject({ message: 'portfolioId: optimisation needs at least 2 holdings, the portfolio has 1', extensions: { code: 'BAD_USER_INPUT' } });
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('NEW', 'New Listing', 'equity', 'USD', 'XNAS') RETURNING id`);
    await pool.query(`INSERT INTO marketdata.bar SELECT $1, '1d', '2025-10-01T00:00:00Z'::timestamptz + (n || ' days')::interval, 10, 10, 10, 10, 1 FROM generate_series(0, 9) n`, [rows[0]!.id]);
    await recordTrades(p, [trade('NEW', 'BUY', 1, 10, 280)]);
    const short = await run(query, { id: p, m: 'MIN_VARIANCE' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'constraints.lookbackDays' });
    expect(short.errors?.[0]?.message).toMatch(/insufficient history/);
  });

  it('proposes rebalancing trades at the latest prices and executes them only when asked', async () => {
    const p = await createPortfolio(ids.person!, 'Rebalance');
    await ok(`mutation($i: CashInput!) { depositCash(input: $i) { id } }`, { i: { portfolioId: p, amount: 10_000, ts: '2025-01-01T09:00:00Z' } });
    await pool.query(`INSERT INTO marketdata.tick (instrument_id, ts, bid, ask, last, size) SELECT id, '2026-01-05T14:00:00Z', 99, 101, 100, 1 FROM marketdata.instrument WHERE symbol = 'AAA'`);
    const mutation = `mutation($id: ID!, $t: [TargetWeight!]!, $x: Boolean) { proposeRebalance(portfolioId: $id, targets: $t, execute: $x) { portfolioValue executed trades { symbol side quantity price } } }`;
    const proposal = await ok(mutation, { id: p, t: [{ symbol: 'AAA', weight: 0.5 }] });
    expect(proposal.proposeRebalance).toEqual({ portfolioValue: 10_000, executed: false, trades: [{ symbol: 'AAA', side: 'BUY', quantity: 50, price: 100 }] });
    expect((await counts()).t).toBeGreaterThan(0);
    const before = (await pool.query('SELECT count(*)::int AS n FROM portfolio.trade WHERE portfolio_id = $1', [p])).rows[0].n;
    expect(before).toBe(0);
    const done = await ok(mutation, { id: p, t: [{ symbol: 'AAA', weight: 0.5 }], x: true });
    expect(done.proposeRebalance.executed).toBe(true);
    const positions = await ok(`query($id: ID!) { portfolio(id: $id) { cash positions { symbol quantity } } }`, { id: p });
    expect(positions.portfolio).toEqual({ cash: 5000, positions: [{ symbol: 'AAA', quantity: 50 }] });
    const bad = await run(mutation, { id: p, t: [{ symbol: 'AAA', weight: 0.7 }, { symbol: 'BBB', weight: 0.4 }] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targets' });
  });

  it('values a small portfolio daily and matches hand-computed TWR, drawdown and IRR', async () => {
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('ZZZ', 'Zed', 'equity', 'USD', 'XNAS') RETURNING id`);
    await pool.query(
      `INSERT INTO marketdata.bar SELECT $1, '1d', ts, c, c, c, c, 1 FROM unnest('{2025-03-03,2025-03-04,2025-03-05,2025-03-06}'::timestamptz[], '{100,110,99,121}'::float8[]) AS t(ts, c)`,
      [rows[0]!.id],
    );
    const p = await createPortfolio(ids.person!, 'Hand computed');
    const deposit = `mutation($i: CashInput!) { depositCash(input: $i) { id } }`;
    await ok(deposit, { i: { portfolioId: p, amount: 1000, ts: '2025-03-03T09:00:00Z' } });
    expect((await recordTrades(p, [{ symbol: 'ZZZ', side: 'BUY', quantity: 10, price: 100, ts: '2025-03-03T20:00:00Z' }])).errors).toBeUndefined();
    await ok(deposit, { i: { portfolioId: p, amount: 500, ts: '2025-03-05T12:00:00Z' } });
    const data = await ok(`query($id: ID!) { portfolio(id: $id) { performance(to: "2025-03-06T23:00:00Z") {
      observations timeWeightedReturn maxDrawdown maxDrawdownPeak maxDrawdownTrough moneyWeightedReturn
      series { date value cumulativeReturn benchmarkReturn } } } }`, { id: p });
    const perf = data.portfolio.performance;
    // Values 1000, 1100, 990 + 500, 1210 + 500; day 3's 500 is a flow: r = 0.1, (1490 − 500)/1100 − 1 = −0.1, 1710/1490 − 1.
    expect(perf.observations).toBe(4);
    expect(perf.timeWeightedReturn).toBeCloseTo(1.1 * 0.9 * (1710 / 1490) - 1, 12);
    expect(perf.maxDrawdown).toBeCloseTo(0.1, 12);
    expect([perf.maxDrawdownPeak, perf.maxDrawdownTrough]).toEqual(['2025-03-04T00:00:00.000Z', '2025-03-05T00:00:00.000Z']);
    // The chart's series: the daily values and the TWR index (no benchmark on this book).
    expect(perf.series.map((p: { date: string }) => p.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06'].map((d) => `${d}T00:00:00.000Z`));
    expect(perf.series.map((p: { value: number }) => p.value)).toEqual([1000, 1100, 1490, 1710]);
    const cumulative = [0, 0.1, 1.1 * 0.9 - 1, 1.1 * 0.9 * (1710 / 1490) - 1];
    perf.series.forEach((p: { cumulativeReturn: number; benchmarkReturn: number | null }, t: number) => {
      expect(p.cumulativeReturn).toBeCloseTo(cumulative[t]!, 12);
      expect(p.benchmarkReturn).toBeNull();
    });
    // IRR over the 3-day window (not annualised): −1000 at 0, −500 at 2/3, +1710 at 1 → NPV(r) = 0.
    const r = perf.moneyWeightedReturn;
    expect(r).toBeCloseTo(0.1814263, 6);
    expect(-1000 - 500 / (1 + r) ** (2 / 3) + 1710 / (1 + r)).toBeCloseTo(0, 6);
  });

  it('reports performance from a daily valuation (TWR, IRR, drawdown, benchmark)', async () => {
    const data = await ok(`query($id: ID!) { portfolio(id: $id) { performance(to: "2025-10-01T00:00:00Z") {
      observations totalReturn annualizedReturn volatility sharpe sortino maxDrawdown maxDrawdownPeak maxDrawdownTrough calmar
      beta alpha trackingError informationRatio timeWeightedReturn moneyWeightedReturn series { cumulativeReturn benchmarkReturn } } } }`, { id: ids.core });
    const perf = data.portfolio.performance;
    expect(perf.observations).toBeGreaterThan(250);
    expect(perf.timeWeightedReturn).toBe(perf.totalReturn);
    expect(perf.volatility).toBeGreaterThan(0);
    expect(perf.beta).not.toBeNull();
    expect(perf.moneyWeightedReturn).not.toBeNull();
    expect(perf.maxDrawdown).toBeGreaterThanOrEqual(0);
    // The series ends on the reported TWR and carries the benchmark's (IDX) cumulative return from 0.
    expect(perf.series).toHaveLength(perf.observations);
    expect(perf.series[0]).toEqual({ cumulativeReturn: 0, benchmarkReturn: 0 });
    expect(perf.series.at(-1).cumulativeReturn).toBeCloseTo(perf.timeWeightedReturn, 10);
    expect(perf.series.every((p: { benchmarkReturn: number | null }) => typeof p.benchmarkReturn === 'number')).toBe(true);
    const bad = await run(`query($id: ID!) { portfolio(id: $id) { performance(from: "2026-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z") { observations } } }`, { id: ids.core });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
