import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import { DAY_MS, eventually, insertDailyBars, startStrategyEngine } from './support/harness.ts';

/**
 * The strategy subgraph in-process over a test database: strategies (create, update, status, bad
 * input), live signals from the runner (stored, paginated, federated onto Portfolio and Instrument,
 * published on the bus) and the bad inputs of runBacktest. Backtests, paper orders and restarts have
 * their own files.
 */
describe('strategy subgraph: strategies and signals', () => {
  const database = useTestDatabase();
  let engine: Awaited<ReturnType<typeof startStrategyEngine>>;
  const ids: Record<string, number> = {};
  let portfolioId: string;

  const count = async (table: string) => (await engine.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM strategy.${table}`)).rows[0]!.n;
  const create = (input: Record<string, unknown>) =>
    engine.run(`mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id name kind parameters universe status autoTrade portfolio { id } } }`, { i: input });

  beforeAll(async () => {
    engine = await startStrategyEngine(database.url);
    const { rows } = await engine.pool.query<{ id: number; symbol: string }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
         ('AAA', 'Alpha', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta', 'equity', 'USD', 'XNYS'), ('NOBARS', 'Empty', 'equity', 'USD', 'XNYS') RETURNING id, symbol`,
    );
    for (const r of rows) ids[r.symbol] = r.id;
    await insertDailyBars(engine.pool, ids.AAA!, 300, 0.001, 0);
    await insertDailyBars(engine.pool, ids.BBB!, 300, -0.0005, 1.7);
    const entity = (await engine.portfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Owner" }) { id } }`)).createEntity.id as string;
    portfolioId = (await engine.portfolio.ok(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Book" }) { id } }`, { e: entity })).createPortfolio.id as string;
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('lists the built-in kinds with their parameters', async () => {
    const { strategyKinds } = await engine.ok(`{ strategyKinds { kind title minSymbols exactSymbols parameters { name type min max default } } }`);
    expect(strategyKinds.map((k: { kind: string }) => k.kind)).toEqual(['MA_CROSSOVER', 'TS_MOMENTUM', 'XS_MOMENTUM', 'MEAN_REVERSION', 'PAIRS', 'VOL_BREAKOUT', 'TARGET_WEIGHTS']);
    const ma = strategyKinds[0];
    expect(ma.parameters.find((p: { name: string }) => p.name === 'fast')).toMatchObject({ type: 'int', min: 1, default: 10 });
    expect(strategyKinds.find((k: { kind: string }) => k.kind === 'PAIRS').exactSymbols).toBe(2);
  });

  it('creates, updates and pauses a strategy with validated parameters (defaults filled in)', async () => {
    const created = await create({ name: 'Trend', kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, universe: ['AAA', 'BBB'], portfolioId });
    expect(created.errors).toBeUndefined();
    const s = created.data!.createStrategy;
    expect(s).toMatchObject({ name: 'Trend', kind: 'MA_CROSSOVER', universe: ['AAA', 'BBB'], status: 'PAUSED', autoTrade: false, portfolio: { id: portfolioId } });
    expect(s.parameters).toMatchObject({ fast: 5, slow: 20 });
    const updated = await engine.ok(`mutation($i: UpdateStrategyInput!) { updateStrategy(input: $i) { parameters universe } }`, { i: { id: s.id, parameters: { fast: 3, slow: 30 }, universe: ['AAA'] } });
    expect(updated.updateStrategy).toMatchObject({ parameters: { fast: 3, slow: 30 }, universe: ['AAA'] });
    const active = await engine.ok(`mutation($id: ID!) { setStrategyStatus(id: $id, status: ACTIVE) { status } }`, { id: s.id });
    expect(active.setStrategyStatus.status).toBe('ACTIVE');
    const one = await engine.ok(`query($id: ID!) { strategy(id: $id) { id name status } missing: strategy(id: "999") { id } }`, { id: s.id });
    expect(one).toEqual({ strategy: { id: s.id, name: 'Trend', status: 'ACTIVE' }, missing: null });
    expect((await engine.run(`{ strategy(id: "x") { id } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const listed = await engine.ok(`query($p: ID) { strategies(status: ACTIVE, portfolioId: $p) { id } }`, { p: portfolioId });
    expect(listed.strategies).toEqual([{ id: s.id }]);
    const entity = await engine.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { strategies { id name } } } }`, { r: [{ __typename: 'Portfolio', id: portfolioId }] });
    expect(entity._entities[0].strategies).toEqual([{ id: s.id, name: 'Trend' }]);
  });

  it('refuses bad strategies with a coded error naming the field, writing nothing', async () => {
    const before = await count('strategy');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'x', kind: 'NOPE', universe: ['AAA'] }, 'input.kind'],
      [{ name: 'x', kind: 'MA_CROSSOVER', parameters: { fast: 0 }, universe: ['AAA'] }, 'input.parameters.fast'],
      [{ name: 'x', kind: 'MA_CROSSOVER', parameters: { fast: 60, slow: 50 }, universe: ['AAA'] }, 'input.parameters.slow'],
      [{ name: 'x', kind: 'MA_CROSSOVER', parameters: { speed: 3 }, universe: ['AAA'] }, 'input.parameters.speed'],
      [{ name: 'x', kind: 'MA_CROSSOVER', universe: ['AAA', 'ZZZ'] }, 'input.universe[1]'],
      [{ name: 'x', kind: 'PAIRS', universe: ['AAA'] }, 'input.universe'],
      [{ name: 'x', kind: 'MA_CROSSOVER', universe: ['AAA'], portfolioId: '999' }, 'input.portfolioId'],
      [{ name: ' ', kind: 'MA_CROSSOVER', universe: ['AAA'] }, 'input.name'],
    ];
    for (const [input, field] of cases) {
      const result = await create(input);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors![0]!.message).toContain(field);
    }
    const missing = await engine.run(`mutation { setStrategyStatus(id: "999", status: ACTIVE) { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count('strategy')).toBe(before);
  });

  it('emits live signals from the runner: stored once per direction change, paginated, federated and published', async () => {
    const s = (await create({ name: 'Live', kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, universe: ['AAA', 'BBB'], portfolioId, status: 'ACTIVE' })).data!.createStrategy;
    const published: Array<{ strategyId: string; symbol: string; direction: string }> = [];
    const subscription = engine.bus.subscribe('strategy.signal');
    const reading = (async () => {
      for await (const event of subscription) published.push(event);
    })();
    const row = (await engine.pool.query(`SELECT id::text AS id, kind, parameters, universe, portfolio_id::text AS "portfolioId", upper(status) AS status, auto_trade AS "autoTrade" FROM strategy.strategy WHERE id = $1`, [s.id])).rows[0];
    const first = await engine.signals.evaluate(row);
    expect(first.map((x) => x.symbol).sort()).toEqual(['AAA', 'BBB']);
    for (const signal of first) {
      expect(['LONG', 'SHORT', 'FLAT']).toContain(signal.direction);
      expect(Math.abs(signal.strength)).toBeLessThanOrEqual(1);
      expect(signal.explanation).toHaveProperty('targetWeight');
    }
    // Nothing changed: nothing new.
    expect(await engine.signals.evaluate(row)).toEqual([]);
    // A live quote far below the averages flips AAA (long → flat, MA crossover without shorting).
    const aaa = first.find((x) => x.symbol === 'AAA')!;
    await engine.clock.advance(60_000);
    await engine.bus.publish('marketdata.quote', { instrumentId: String(aaa.instrumentId), symbol: 'AAA', bid: 1, ask: 1.02, last: aaa.direction === 'LONG' ? 1 : 10_000, size: 100, ts: new Date(engine.clock.now()).toISOString() });
    await eventually(async () => (await engine.signals.evaluate(row)).length === 1 || null, 5_000, 'the flip');
    await eventually(async () => published.length >= 3 || null, 5_000, 'published signals');
    subscription.close();
    await reading;
    expect(published.filter((e) => e.strategyId === s.id).map((e) => e.symbol)).toEqual(expect.arrayContaining(['AAA', 'BBB', 'AAA']));

    const page1 = await engine.ok(`query($s: [ID!]) { signals(strategyIds: $s, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id symbol direction strength horizon explanation strategy { id } instrument { id } } } } }`, { s: [s.id] });
    expect(page1.signals.totalCount).toBe(3);
    expect(page1.signals.pageInfo.hasNextPage).toBe(true);
    expect(page1.signals.edges[0].node.symbol).toBe('AAA');
    expect(page1.signals.edges[0].node.horizon).toMatch(/^\d+d$/);
    const page2 = await engine.ok(`query($s: [ID!], $a: String) { signals(strategyIds: $s, first: 2, after: $a) { pageInfo { hasNextPage } edges { node { id } } } }`, { s: [s.id], a: page1.signals.pageInfo.endCursor });
    expect(page2.signals.edges).toHaveLength(1);
    expect(page2.signals.pageInfo.hasNextPage).toBe(false);
    const byId = await engine.ok(`query($id: ID!) { signal(id: $id) { id symbol strategy { name } } }`, { id: page1.signals.edges[0].node.id });
    expect(byId.signal).toEqual({ id: page1.signals.edges[0].node.id, symbol: 'AAA', strategy: { name: 'Live' } });
    const bySymbol = await engine.ok(`{ signals(symbols: ["BBB"]) { totalCount } }`);
    expect(bySymbol.signals.totalCount).toBe(1);

    const entities = await engine.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { signals(first: 5) { symbol } } ... on Instrument { signals { symbol strategy { name } } } } }`,
      { r: [{ __typename: 'Portfolio', id: portfolioId }, { __typename: 'Instrument', id: String(ids.BBB) }] },
    );
    expect(entities._entities[0].signals).toHaveLength(3);
    expect(entities._entities[1].signals).toEqual([{ symbol: 'BBB', strategy: { name: 'Live' } }]);
  });

  it('places paper market orders toward the target weights when autoTrade is on', async () => {
    await engine.portfolio.ok(`mutation($p: ID!) { depositCash(input: { portfolioId: $p, amount: 100000, ts: "2026-01-02T00:00:00Z" }) { id } }`, { p: portfolioId });
    const s = (await create({ name: 'Auto', kind: 'MA_CROSSOVER', parameters: { fast: 3, slow: 10 }, universe: ['BBB', 'AAA'], portfolioId, status: 'ACTIVE', autoTrade: true })).data!.createStrategy;
    expect(s.autoTrade).toBe(true);
    const row = (await engine.pool.query(`SELECT id::text AS id, kind, parameters, universe, portfolio_id::text AS "portfolioId", upper(status) AS status, auto_trade AS "autoTrade" FROM strategy.strategy WHERE id = $1`, [s.id])).rows[0];
    const signals = await engine.signals.evaluate(row);
    expect(signals).toHaveLength(2);
    const { orders } = await engine.ok(`query($p: ID!) { orders(portfolioId: $p) { symbol side type quantity status strategy { id } } }`, { p: portfolioId });
    const mine = orders.filter((o: { strategy: { id: string } | null }) => o.strategy?.id === s.id);
    const invested = signals.filter((x) => (x.explanation.targetWeight as number) !== 0);
    expect(invested.length).toBeGreaterThan(0);
    expect(mine).toHaveLength(invested.length);
    for (const signal of invested) {
      const order = mine.find((o: { symbol: string }) => o.symbol === signal.symbol);
      expect(order).toMatchObject({ type: 'MARKET', status: 'ACCEPTED', side: (signal.explanation.targetWeight as number) > 0 ? 'BUY' : 'SELL' });
      expect(order.quantity).toBeGreaterThan(0);
    }
    // autoTrade needs a portfolio.
    const orphan = await engine.run(`mutation($i: UpdateStrategyInput!) { updateStrategy(input: $i) { id } }`, { i: { id: s.id, portfolioId: null } });
    expect(orphan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.autoTrade' });
    await engine.ok(`mutation($id: ID!) { setStrategyStatus(id: $id, status: PAUSED) { id } }`, { id: s.id });
  });

  it('batches federated and child fields: one query per loader for many portfolios, strategies and instruments', async () => {
    engine.batches.length = 0;
    const portfolios = ['1001', '1002', portfolioId].map((id) => ({ __typename: 'Portfolio', id }));
    const instruments = [ids.AAA, ids.BBB].map((id) => ({ __typename: 'Instrument', id: String(id) }));
    const result = await engine.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on Portfolio { strategies { id signals(first: 2) { id strategy { id } } } signals(first: 3) { id } orders { id } }
         ... on Instrument { signals(first: 2) { id strategy { name } } } } }`,
      { r: [...portfolios, ...instruments] },
    );
    expect(result._entities).toHaveLength(5);
    const perLoader = new Map<string, number>();
    for (const [name] of engine.batches) perLoader.set(name, (perLoader.get(name) ?? 0) + 1);
    expect(Object.fromEntries(perLoader)).toEqual({ strategiesByPortfolio: 1, signalsByPortfolio: 1, ordersByPortfolio: 1, signalsByInstrument: 1, signalsByStrategy: 1, strategyById: 1 });
    expect(engine.batches.find(([name]) => name === 'signalsByPortfolio')![1]).toHaveLength(3);
  });

  it('refuses bad signal queries naming the argument', async () => {
    const cases: Array<[string, string]> = [
      [`{ signals(first: 0) { totalCount } }`, 'first'],
      [`{ signals(after: "bogus") { totalCount } }`, 'after'],
      [`{ signals(strategyIds: ["x"]) { totalCount } }`, 'strategyIds[0]'],
      [`{ signals(from: "2026-01-02T00:00:00Z", to: "2026-01-01T00:00:00Z") { totalCount } }`, 'to'],
    ];
    for (const [query, field] of cases) expect((await engine.run(query)).errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses bad backtests with a coded error naming the field, queueing nothing', async () => {
    const before = await count('backtest');
    const from = new Date(Date.UTC(2026, 0, 5) - 250 * DAY_MS).toISOString();
    const to = new Date(Date.UTC(2026, 0, 4)).toISOString();
    const base = { kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, symbols: ['AAA', 'BBB'], from, to };
    const bigGrid = [{ name: 'fast', values: Array.from({ length: 101 }, (_, i) => i + 1) }, { name: 'slow', values: Array.from({ length: 100 }, (_, i) => i + 200) }];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, kind: 'NOPE' }, 'input.kind'],
      [{ ...base, parameters: { fast: 5, slow: 2000 } }, 'input.parameters.slow'],
      [{ ...base, from: to, to: from }, 'input.to'],
      [{ ...base, symbols: ['AAA', 'NOBARS'] }, 'input.symbols[1]'],
      [{ ...base, symbols: ['AAA', 'ZZZ'] }, 'input.symbols[1]'],
      [{ ...base, grid: bigGrid }, 'input.grid'],
      [{ ...base, grid: [{ name: 'speed', values: [1] }] }, 'input.grid[0].name'],
      [{ ...base, grid: [{ name: 'fast', values: [5, 0] }] }, 'input.grid[0].values[1]'],
      [{ ...base, grid: [{ name: 'fast', values: [5, 30] }] }, 'input.grid[0].values'],
      [{ ...base, initialCash: -1 }, 'input.initialCash'],
      [{ ...base, fees: { bps: -2 } }, 'input.fees.bps'],
      [{ ...base, strategyId: '999' }, 'input.strategyId'],
    ];
    for (const [input, field] of cases) {
      const result = await engine.run(`mutation($i: BacktestInput!) { runBacktest(input: $i) { id } }`, { i: input });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: field === 'input.strategyId' ? 'NOT_FOUND' : 'BAD_USER_INPUT', field });
    }
    expect(await count('backtest')).toBe(before);
  });
});
