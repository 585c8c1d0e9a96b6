import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type MarginCallRaisedEvent, type MarginUtilizationEvent, type MarginWarningEvent, type SubgraphServer } from '@nautilus/runtime';
import { DisposeStack, subgraphCaller, useTestDatabase } from '@nautilus/testing';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { MarginMonitor, createCollateralServer } from '../src/server.ts';
import type { CollateralContext } from '../src/context.ts';

const logger = createLogger({ name: 'collateral-test', level: 'silent' });
const SECRET = 'x'.repeat(32);


/**
 * The collateral subgraph in-process against a migrated database, with the
 * portfolio subgraph creating the books (trades → positions and cash) and a
 * memory bus carrying scripted ticks to the monitor on a TestClock.
 */
describe('collateral subgraph', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let pool: pg.Pool;
  let server: SubgraphServer<CollateralContext>;
  let portfolio: SubgraphServer<object>;
  let monitor: MarginMonitor;
  const instruments = new Map<string, string>();
  const raised: MarginCallRaisedEvent[] = [];
  const utilization: MarginUtilizationEvent[] = [];
  const warnings: MarginWarningEvent[] = [];
  const batches: Array<[string, readonly unknown[]]> = [];

  const onCollateral = subgraphCaller(() => server);
  const onPortfolio = subgraphCaller(() => portfolio);
  const collateral = onCollateral.ok;

  /** Publishes a tick and waits until the monitor has written what it decided. */
  async function tick(symbol: string, last: number): Promise<void> {
    await clock.advance(1_000);
    await bus.publish('marketdata.quote', { instrumentId: instruments.get(symbol)!, symbol, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(clock.now()).toISOString() });
    await new Promise((resolve) => setImmediate(resolve));
    await monitor.idle();
  }

  async function book(name: string, ownerId: string, cash: number, trades: Array<[string, 'BUY' | 'SELL', number, number]>, allowShort = false): Promise<string> {
    const p = (await onPortfolio.ok(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId: ownerId, name, allowShort } })).createPortfolio.id as string;
    if (cash > 0) await onPortfolio.ok(`mutation($i: CashInput!) { depositCash(input: $i) { amount } }`, { i: { portfolioId: p, amount: cash, ts: '2026-01-02T14:00:00Z' } });
    await onPortfolio.ok(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId: p, trades: trades.map(([symbol, side, quantity, price]) => ({ symbol, side, quantity, price, fees: 0, ts: '2026-01-02T15:00:00Z' })) },
    });
    return p;
  }

  const createAccount = async (ownerId: string, name: string, portfolioIds: string[], extra: Record<string, unknown> = {}) =>
    (await collateral(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id } }`, {
      i: { ownerId, name, broker: 'Test Prime', methodology: 'REG_T', portfolioIds, ...extra },
    })).createMarginAccount.id as string;

  const statusOf = async (id: string) =>
    (await collateral(`query($id: ID!) { marginAccount(id: $id) { status { equity marketValue cash collateralValue initialRequirement maintenanceRequirement houseRequirement excess utilization inCall minimumEquity } } }`, { id })).marginAccount.status;

  beforeAll(async () => {
    pool = stack.use(new pg.Pool({ connectionString: database.url, max: 6 }), (p) => p.end());
    const { rows } = await pool.query<{ id: string; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta Corp', 'equity', 'USD', 'XNYS'),
      ('SPY', 'S&P 500 ETF', 'etf', 'USD', 'ARCX'), ('IVV', 'Core S&P 500 ETF', 'etf', 'USD', 'ARCX') RETURNING id::text, symbol`);
    for (const r of rows) instruments.set(r.symbol, r.id);
    // 200 daily closes; SPY and IVV share one path (IVV = 1.1 × SPY with a small wiggle), AAA and BBB have their own.
    await pool.query(
      `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
       SELECT i.id, '1d', '2025-06-01T00:00:00Z'::timestamptz + (n || ' days')::interval, c, c, c, c, 1000
         FROM generate_series(0, 199) AS n
         CROSS JOIN LATERAL (VALUES
           ($1::int, 100 * exp(0.02 * sin(n * 0.9))),
           ($2::int, 50 * exp(0.03 * cos(n * 1.3))),
           ($3::int, 400 * exp(0.015 * sin(n * 0.5) + 0.01 * cos(n * 2.1))),
           ($4::int, 440 * exp(0.015 * sin(n * 0.5) + 0.01 * cos(n * 2.1) + 0.0005 * sin(n * 7.0)))
         ) AS i(id, c)`,
      [rows[0]!.id, rows[1]!.id, rows[2]!.id, rows[3]!.id],
    );
    portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }) as SubgraphServer<object>;
    stack.defer(() => portfolio.stop());
    monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: false, refreshIntervalMs: 3_600_000, escalationIntervalMs: 3_600_000 });
    await monitor.start();
    stack.defer(() => monitor.stop());
    server = createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor, onBatch: (name, keys) => batches.push([name, keys]) });
    stack.defer(() => server.stop());
    const calls = bus.subscribe('collateral.margin_call.raised');
    const updates = bus.subscribe('collateral.utilization');
    const warned = bus.subscribe('collateral.margin_warning');
    void (async () => { for await (const e of calls) raised.push(e); })();
    void (async () => { for await (const e of updates) utilization.push(e); })();
    void (async () => { for await (const e of warned) warnings.push(e); })();
    stack.defer(() => { calls.close(); updates.close(); warned.close(); });
    for (const [symbol, price] of [['AAA', 100], ['BBB', 50], ['SPY', 400], ['IVV', 440]] as const) await tick(symbol, price);
  });
  afterAll(() => stack.disposeAll());

  it('values a Reg T account by hand: equity, 50% initial, 25% maintenance, buying power', async () => {
    const ada = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`)).createEntity.id as string;
    // 5,000 cash, buy 100 AAA @ 100 and 100 BBB @ 50: cash −10,000 (a margin loan).
    const p = await book('Ada margin', ada, 5_000, [['AAA', 'BUY', 100, 100], ['BBB', 'BUY', 100, 50]]);
    const id = await createAccount(ada, 'Ada Reg T', [p]);
    const status = await statusOf(id);
    // MV 10,000 + 5,000 = 15,000; equity 15,000 − 10,000 = 5,000; initial 7,500; maintenance 3,750.
    expect(status.marketValue).toBeCloseTo(15_000, 6);
    expect(status.cash).toBeCloseTo(-10_000, 6);
    expect(status.equity).toBeCloseTo(5_000, 6);
    expect(status.initialRequirement).toBeGreaterThanOrEqual(7_500 - 1e-6);
    expect(status.maintenanceRequirement).toBeGreaterThanOrEqual(3_750 - 1e-6);
    expect(status.minimumEquity).toBe(2_000);
    expect(status.inCall).toBe(false);
    const lines = (await collateral(`query($id: ID!) { marginAccount(id: $id) { requirementLines { symbol rule initial maintenance } } }`, { id })).marginAccount.requirementLines;
    const aaa = lines.find((l: { symbol: string; rule: string }) => l.symbol === 'AAA' && l.rule !== 'CONCENTRATION');
    expect(aaa.initial).toBeCloseTo(5_000, 6);
    expect(aaa.maintenance).toBeCloseTo(2_500, 6);
  });

  it('a price drop raises exactly one call, flapping does not spam, a recovery clears it', async () => {
    const bob = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Bob" }) { id } }`)).createEntity.id as string;
    // 10,000 cash, buy 200 AAA @ 100: cash −10,000. Single name, so a concentration add-on may apply:
    // read the requirement rate back from the account instead of assuming 25%.
    const p = await book('Bob margin', bob, 10_000, [['AAA', 'BUY', 200, 100]]);
    const id = await createAccount(bob, 'Bob Reg T', [p]);
    const at100 = await statusOf(id);
    const rate = at100.houseRequirement / 20_000;
    expect(rate).toBeGreaterThanOrEqual(0.25);
    // equity(P) = 200P − 10,000; requirement(P) = rate·200P → the call price P* = 10,000 / (200 (1 − rate)).
    const pStar = 10_000 / (200 * (1 - rate));
    // Other accounts hold AAA too (Ada's falls below the $2,000 minimum equity): count this account's calls.
    const mine = () => raised.filter((e) => e.accountId === id);
    await tick('AAA', pStar * 0.99);
    expect(mine()).toHaveLength(1);
    const event = mine()[0]!;
    expect(event.accountId).toBe(id);
    expect(event.kind).toBe('MAINTENANCE');
    // amount due = requirement − equity at 0.99 P*, to the cent
    const p1 = pStar * 0.99;
    expect(event.amountDue).toBeCloseTo(Math.ceil((rate * 200 * p1 - (200 * p1 - 10_000)) * 100) / 100, 2);
    // Flapping around the threshold, inside the hysteresis band: no new call, still in call.
    for (const f of [1.001, 0.995, 1.005, 0.99, 1.001]) await tick('AAA', pStar * f);
    expect(mine()).toHaveLength(1);
    expect((await statusOf(id)).inCall).toBe(true);
    // Recovery well above the band clears it (MET with history), and the plan sold AAA.
    await tick('AAA', pStar * 1.1);
    const calls = (await collateral(`query($id: ID!) { marginAccount(id: $id) { liveCall { id } calls { id status amountDue history { status } liquidationPlan { cured steps { symbol quantity } } } } }`, { id })).marginAccount;
    expect(calls.liveCall).toBeNull();
    expect(calls.calls).toHaveLength(1);
    expect(calls.calls[0].status).toBe('MET');
    expect(calls.calls[0].history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'MET']);
    expect(calls.calls[0].liquidationPlan.cured).toBe(true);
    expect(calls.calls[0].liquidationPlan.steps[0]).toMatchObject({ symbol: 'AAA' });
    expect(calls.calls[0].liquidationPlan.steps[0].quantity).toBeLessThan(0);
    // A second fall is a second call.
    await tick('AAA', pStar * 0.9);
    expect(mine()).toHaveLength(2);
    await tick('AAA', 100);
  });

  it('publishes utilisation only for accounts that hold the ticked instrument', async () => {
    const cleo = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Cleo" }) { id } }`)).createEntity.id as string;
    const p = await book('Cleo', cleo, 20_000, [['BBB', 'BUY', 100, 50]]);
    const id = await createAccount(cleo, 'Cleo Reg T', [p]);
    const before = utilization.length;
    await tick('SPY', 401);
    expect(utilization.slice(before).some((u) => u.accountId === id)).toBe(false);
    await tick('BBB', 40);
    expect(utilization.slice(before).some((u) => u.accountId === id)).toBe(true);
    await tick('BBB', 50);
  });

  it('refuses bad collateral movements with a clear error and writes nothing', async () => {
    const dan = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Dan" }) { id } }`)).createEntity.id as string;
    // 5,000 cash, buy 200 AAA @ 100: cash −15,000.
    const p = await book('Dan margin', dan, 5_000, [['AAA', 'BUY', 200, 100]]);
    const id = await createAccount(dan, 'Dan Reg T', [p]);
    await collateral(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: 20_000 } });
    await tick('AAA', 95);
    const status = await statusOf(id);
    // equity = 19,000 − 15,000 + 20,000 = 24,000; the most that can go = equity − max(house, 2,000).
    expect(status.equity).toBeCloseTo(24_000, 6);
    const allowed = Math.floor((status.equity - Math.max(status.houseRequirement, 2_000)) * 100) / 100;
    const count = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM collateral.collateral_movement')).rows[0]!.n;
    const n0 = await count();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ accountId: id, quantity: -5 }, 'BAD_USER_INPUT', 'input.quantity'],
      [{ accountId: '999999', quantity: 5 }, 'BAD_USER_INPUT', 'input.accountId'],
      [{ accountId: id, quantity: 5, symbol: 'NOPE' }, 'BAD_USER_INPUT', 'input.symbol'],
      [{ accountId: id, quantity: 25_000 }, 'BAD_USER_INPUT', 'input.quantity'],
      [{ accountId: id, quantity: allowed + 100 }, 'WITHDRAWAL_EXCEEDS_EXCESS', 'input.quantity'],
      [{ accountId: id, quantity: 5, rating: 'D' }, 'BAD_USER_INPUT', 'input.rating'],
    ];
    for (const [input, code, field] of cases) {
      const result = await onCollateral.run(`mutation($i: CollateralMovementInput!) { withdrawCollateral(input: $i) { id } }`, { i: input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    const refused = await onCollateral.run(`mutation($i: CollateralMovementInput!) { withdrawCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: allowed + 100 } });
    const granted = refused.errors![0]!.extensions!.allowed as number;
    // bisection to the cent, rounded down
    expect(granted).toBeLessThanOrEqual(allowed + 1e-9);
    expect(granted).toBeGreaterThanOrEqual(allowed - 0.011);
    const negativeDeposit = await onCollateral.run(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: -1 } });
    expect(negativeDeposit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quantity' });
    expect(await count()).toBe(n0);
    await collateral(`mutation($i: CollateralMovementInput!) { withdrawCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: granted } });
    expect(await count()).toBe(n0 + 1);
    expect((await statusOf(id)).inCall).toBe(false);
    await tick('AAA', 100);
  });

  it('refuses a bad account: unknown owner, a portfolio of someone else, a bad house multiplier', async () => {
    const eve = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Eve" }) { id } }`)).createEntity.id as string;
    const fay = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Fay" }) { id } }`)).createEntity.id as string;
    const p = await book('Fay', fay, 1_000, [['BBB', 'BUY', 10, 50]]);
    const attempt = (i: Record<string, unknown>) =>
      onCollateral.run(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id } }`, { i: { ownerId: eve, name: 'X', broker: 'B', methodology: 'REG_T', portfolioIds: [], ...i } });
    expect((await attempt({ ownerId: '999999' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
    expect((await attempt({ portfolioIds: [p] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.portfolioIds[0]' });
    expect((await attempt({ houseMultiplier: 0.5 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.houseMultiplier' });
    expect((await pool.query('SELECT 1 FROM collateral.margin_account WHERE owner_entity_id = $1', [eve])).rows).toHaveLength(0);
  });

  it('portfolio margin: a plain stock group needs its worst loss on the ±15% grid', async () => {
    const gus = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Gus" }) { id } }`)).createEntity.id as string;
    const p = await book('Gus PM', gus, 10_000, [['BBB', 'BUY', 100, 50]]);
    const id = await createAccount(gus, 'Gus PM', [p], { methodology: 'PORTFOLIO' });
    const account = (await collateral(`query($id: ID!) { marginAccount(id: $id) { status { maintenanceRequirement } scenarioGroups { symbol worstLoss worstPriceMove requirement } } }`, { id })).marginAccount;
    // 100 × 50 = 5,000 long; worst grid point −15% → loss 750.
    expect(account.scenarioGroups).toEqual([expect.objectContaining({ symbol: 'BBB', worstPriceMove: -0.15 })]);
    expect(account.scenarioGroups[0].worstLoss).toBeCloseTo(750, 6);
    expect(account.status.maintenanceRequirement).toBeGreaterThanOrEqual(750 - 1e-6);
  });

  it('cross-margins a hedged SPY/IVV pair across two accounts of one owner, and reports the saving', async () => {
    const hal = (await onPortfolio.ok(`mutation { createEntity(input: { kind: COMPANY, name: "Hal Capital" }) { id } }`)).createEntity.id as string;
    const longBook = await book('Hal long', hal, 50_000, [['SPY', 'BUY', 100, 400]]);
    // short 100 IVV @ 440 ≈ 44,000 against 40,000 long SPY
    const shortBook = await book('Hal short', hal, 50_000, [['IVV', 'SELL', 100, 440]], true);
    const a = await createAccount(hal, 'Hal A', [longBook], { crossMargin: true });
    const b = await createAccount(hal, 'Hal B', [shortBook], { crossMargin: true });
    const result = await onCollateral.run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { crossMargin { standalone combined saving accounts { id } offsets { symbolA symbolB correlation credit } } } } }`, {
      r: [{ __typename: 'Entity', id: hal }],
    });
    expect(result.errors).toBeUndefined();
    const cross = result.data!._entities[0].crossMargin;
    expect(cross.accounts.map((x: { id: string }) => x.id).sort()).toEqual([a, b].sort());
    expect(cross.offsets[0].correlation).toBeGreaterThan(0.9);
    expect(cross.saving).toBeGreaterThan(0.5 * cross.standalone);
    expect(cross.combined).toBeCloseTo(cross.standalone - cross.saving, 6);
  });

  it('predicts the probability of a call, higher for a more leveraged account', async () => {
    const ivy = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Ivy" }) { id } }`)).createEntity.id as string;
    const safe = await createAccount(ivy, 'Ivy safe', [await book('Ivy safe', ivy, 15_000, [['AAA', 'BUY', 100, 100]])]);
    const tight = await createAccount(ivy, 'Ivy tight', [await book('Ivy tight', ivy, 3_000, [['AAA', 'BUY', 100, 100]])]);
    const predict = async (id: string) =>
      (await collateral(`query($id: ID!) { marginAccount(id: $id) { callPrediction(horizonDays: 5, paths: 4000, seed: 3) { probability standardError distanceToCall alreadyInCall paths computedWith { backend } } } }`, { id })).marginAccount.callPrediction;
    const [s, t] = [await predict(safe), await predict(tight)];
    expect(s.alreadyInCall).toBe(false);
    // The paths ran on accel's router (the test monitor's js-only accel).
    expect(t.computedWith).toEqual({ backend: 'js' });
    expect(t.probability).toBeGreaterThan(s.probability);
    expect(t.distanceToCall).toBeLessThan(0);
    expect(t.distanceToCall).toBeGreaterThan(s.distanceToCall ?? -1);
    const bad = await onCollateral.run(`query($id: ID!) { marginAccount(id: $id) { callPrediction(horizonDays: 90) { probability } } }`, { id: safe });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'horizonDays' });
  });

  it('optimises collateral across accounts: never costlier than the naive allocation, limits respected', async () => {
    const accounts = (await collateral(`{ marginAccounts { id } }`)).marginAccounts.slice(0, 2).map((a: { id: string }) => a.id);
    const result = (await collateral(`query($r: [CollateralRequirementInput!]!, $a: [CollateralAssetInput!]!) { optimizeCollateral(requirements: $r, assets: $a) { totalCost naiveCost saving allocation { account { id } assetId collateralValue } } }`, {
      r: [{ accountId: accounts[0], amount: 100_000, maxSharePerAsset: 0.7 }, { accountId: accounts[1], amount: 50_000 }],
      a: [
        { assetId: 'cash', group: 'cash', available: 200_000, haircut: 0, costRate: 0.05 },
        { assetId: 'ust', group: 'govt', available: 200_000, haircut: 0.02, costRate: 0.01 },
      ],
    })).optimizeCollateral;
    expect(result.totalCost).toBeLessThanOrEqual(result.naiveCost + 1e-6);
    const ustToFirst = result.allocation.filter((l: any) => l.account.id === accounts[0] && l.assetId === 'ust').reduce((s: number, l: any) => s + l.collateralValue, 0);
    expect(ustToFirst).toBeLessThanOrEqual(70_000 + 1e-6);
    const missing = await onCollateral.run(`query { optimizeCollateral(requirements: [{ accountId: "999999", amount: 1 }], assets: []) { totalCost } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('resolves Portfolio.marginAccount and MarginAccount.portfolios across the federation', async () => {
    const { rows } = await pool.query<{ accountId: string; portfolioId: string }>('SELECT account_id::text AS "accountId", portfolio_id::text AS "portfolioId" FROM collateral.margin_account_portfolio ORDER BY 1 LIMIT 1');
    const result = await onCollateral.run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { id marginAccount { id portfolios { id } } } } }`, {
      r: [{ __typename: 'Portfolio', id: rows[0]!.portfolioId }, { __typename: 'Portfolio', id: '999999' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].marginAccount).toEqual({ id: rows[0]!.accountId, portfolios: [{ id: rows[0]!.portfolioId }] });
    expect(result.data!._entities[1].marginAccount).toBeNull();
  });

  it('raises a PREDICTED warning once for an account close to a call, and not for a safe one', async () => {
    const jay = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Jay" }) { id } }`)).createEntity.id as string;
    // 2,575 cash, buy 100 AAA @ 100: loan 7,425; equity 100P − 7,425 meets 25P until P = 99, a 1% fall
    // (AAA's daily volatility in these bars is about 1.2%).
    const close = await createAccount(jay, 'Jay close', [await book('Jay close', jay, 2_575, [['AAA', 'BUY', 100, 100]])]);
    const safe = await createAccount(jay, 'Jay safe', [await book('Jay safe', jay, 20_000, [['AAA', 'BUY', 100, 100]])]);
    await monitor.predictAll();
    await monitor.idle();
    const mine = (id: string) => warnings.filter((w) => w.accountId === id && w.kind === 'PREDICTED');
    expect(mine(close)).toHaveLength(1);
    expect(mine(close)[0]!.probability).toBeGreaterThanOrEqual(0.25);
    expect(mine(safe)).toHaveLength(0);
    // Still above the re-arm level: a second round warns no more.
    await monitor.predictAll();
    await monitor.idle();
    expect(mine(close)).toHaveLength(1);
    const stored = (await collateral(`query($id: ID!) { marginWarning(id: $id) { kind probability distanceToCall horizonDays account { id } } }`, { id: mine(close)[0]!.warningId })).marginWarning;
    expect(stored).toMatchObject({ kind: 'PREDICTED', horizonDays: 1, account: { id: close } });
    expect(stored.distanceToCall).toBeLessThan(0);
  });

  it('answers a list of accounts with their calls, warnings and history in one batch per loader', async () => {
    batches.length = 0;
    const result = await collateral(`{ marginAccounts { id owner { id } portfolios { id } liveCall { id } calls { id history { status } account { id } } warnings(first: 5) { id } requirementHistory(first: 3) { ts } } }`);
    expect(result.marginAccounts.length).toBeGreaterThan(10);
    const perLoader = new Map<string, number>();
    for (const [name] of batches) perLoader.set(name, (perLoader.get(name) ?? 0) + 1);
    // liveCall and calls share the calls loader (two argument sets → two statements in one batch).
    for (const [name, count] of perLoader) expect(count, name).toBe(1);
  });

  it('escalates a call that is not met by its due time, and closes it when the account recovers', async () => {
    const kim = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Kim" }) { id } }`)).createEntity.id as string;
    const id = await createAccount(kim, 'Kim Reg T', [await book('Kim', kim, 40_000, [['BBB', 'BUY', 1_000, 50]])], { callDueHours: 2 });
    // equity 1,000P − 10,000 < 0.25 · 1,000P  ⇔  P < 13.33
    await tick('BBB', 12);
    const callId = (await collateral(`query($id: ID!) { marginAccount(id: $id) { liveCall { id status dueAt } } }`, { id })).marginAccount.liveCall.id;
    await clock.advance(3 * 3_600_000);
    await monitor.escalate();
    const escalated = (await collateral(`query($id: ID!) { marginCall(id: $id) { status history { status } } }`, { id: callId })).marginCall;
    expect(escalated).toEqual({ status: 'ESCALATED', history: [{ status: 'OPEN' }, { status: 'ESCALATED' }] });
    await tick('BBB', 50);
    const closed = (await collateral(`query($id: ID!) { marginCall(id: $id) { status history { status } } }`, { id: callId })).marginCall;
    expect(closed).toEqual({ status: 'MET', history: [{ status: 'OPEN' }, { status: 'ESCALATED' }, { status: 'MET' }] });
  });

  it('exposes the monitor on /metrics', async () => {
    const text = await server.metrics.registry.metrics();
    const value = (name: string) => Number(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('nautilus_margin_calls_raised_total')).toBe(monitor.stats.callsRaised);
    expect(value('nautilus_margin_calls_raised_total')).toBeGreaterThanOrEqual(3);
    expect(value('nautilus_margin_accounts')).toBe((await pool.query('SELECT count(*)::int AS n FROM collateral.margin_account')).rows[0].n);
    expect(value('nautilus_margin_ticks_total')).toBeGreaterThan(10);
  });

  it('refuses a withdrawal while a position has no price, because it cannot be valued', async () => {
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('NEWCO', 'New listing', 'equity', 'USD', 'XNAS')`);
    const lea = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Lea" }) { id } }`)).createEntity.id as string;
    const id = await createAccount(lea, 'Lea', [await book('Lea', lea, 50_000, [['NEWCO', 'BUY', 10, 20]])]);
    await collateral(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: 1_000 } });
    const refused = await onCollateral.run(`mutation($i: CollateralMovementInput!) { withdrawCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: 1 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: 'input.accountId' });
    expect(refused.errors?.[0]?.message).toMatch(/NEWCO/);
  });

  it('holds a pattern day trader to $25,000 of equity: a regulatory call below it', async () => {
    const max = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Max" }) { id } }`)).createEntity.id as string;
    // 20,000 cash and 100 BBB @ 50 held; then four round trips in AAA within five business days
    // (Tue 30 Dec, Wed 31 Dec, and two on Fri 2 Jan: buy-sell-buy-sell = 2) → a pattern day trader.
    const p = await book('Max', max, 20_000, [['BBB', 'BUY', 100, 50]]);
    const roundTrip = (day: string, hour: number) => [
      { symbol: 'AAA', side: 'BUY', quantity: 10, price: 100, fees: 0, ts: `${day}T${hour}:00:00Z` },
      { symbol: 'AAA', side: 'SELL', quantity: 10, price: 100, fees: 0, ts: `${day}T${hour}:30:00Z` },
    ];
    await onPortfolio.ok(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId: p, trades: [...roundTrip('2025-12-30', 15), ...roundTrip('2025-12-31', 15), ...roundTrip('2026-01-02', 16), ...roundTrip('2026-01-02', 18)] },
    });
    const id = await createAccount(max, 'Max Reg T', [p]);
    await monitor.idle(); // the call the account opened with is being stored
    const account = (await collateral(`query($id: ID!) { marginAccount(id: $id) { patternDayTrader { dayTrades isPatternDayTrader minimumEquity } status { equity minimumEquity inCall } liveCall { kind amountDue } } }`, { id })).marginAccount;
    expect(account.patternDayTrader).toMatchObject({ dayTrades: 4, isPatternDayTrader: true, minimumEquity: 25_000 });
    // equity = 100 × 50 (BBB) + 20,000 − 5,000 = 20,000 < 25,000 → REGULATORY call for 5,000
    expect(account.status).toMatchObject({ minimumEquity: 25_000, inCall: true });
    expect(account.status.equity).toBeCloseTo(20_000, 6);
    expect(account.liveCall).toEqual({ kind: 'REGULATORY', amountDue: 5_000 });
  });

  it('values foreign cash collateral at the live FX rate, with the currency-mismatch haircut', async () => {
    const { rows } = await pool.query<{ id: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('EURUSD', 'Euro / US Dollar', 'fx', 'USD', 'OTC') RETURNING id::text`);
    instruments.set('EURUSD', rows[0]!.id);
    await tick('EURUSD', 1.1);
    const nia = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Nia" }) { id } }`)).createEntity.id as string;
    const id = await createAccount(nia, 'Nia', [await book('Nia', nia, 10_000, [['BBB', 'BUY', 100, 50]])]);
    await collateral(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: 10_000, currency: 'EUR' } });
    const valued = async () => (await collateral(`query($id: ID!) { marginAccount(id: $id) { collateral { collateralValue holdings { currency haircut collateralValue } } } }`, { id })).marginAccount.collateral;
    // 10,000 EUR × 1.10 = 11,000 USD × (1 − 8% currency mismatch) = 10,120
    expect((await valued()).collateralValue).toBeCloseTo(10_120, 6);
    expect((await valued()).holdings[0]).toMatchObject({ currency: 'EUR', haircut: 0.08 });
    // The euro strengthens: 10,000 × 1.20 × 0.92 = 11,040, revalued on the FX tick alone.
    await tick('EURUSD', 1.2);
    expect((await valued()).collateralValue).toBeCloseTo(11_040, 6);
    const chf = await onCollateral.run(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId: id, quantity: 1_000, currency: 'CHF' } });
    expect(chf.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
    expect(chf.errors?.[0]?.message).toMatch(/no FX rate from CHF/);
  });

  it('a call raised and cleared before its write lands does not stop the next breach from raising a call', async () => {
    const ola = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Ola" }) { id } }`)).createEntity.id as string;
    const id = await createAccount(ola, 'Ola', [await book('Ola', ola, 40_000, [['BBB', 'BUY', 1_000, 50]])]);
    // equity 1,000P − 10,000 < 0.25 · 1,000P  ⇔  P < 13.33
    const quote = (last: number) => bus.publish('marketdata.quote', { instrumentId: instruments.get('BBB')!, symbol: 'BBB', bid: last - 0.01, ask: last + 0.01, last, size: 1, ts: new Date(clock.now()).toISOString() });
    // Two event-loop turns: the quote loop takes the quote in, then the revaluation runs.
    const turn = async () => {
      for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    const mine = () => raised.filter((e) => e.accountId === id);
    await quote(12);
    await turn(); // revalued: the raise is being written
    await quote(50);
    await turn(); // revalued: cleared while the raise is still in flight
    await monitor.idle();
    await turn(); // the raised event reaches this test's bus subscriber
    expect(mine()).toHaveLength(1);
    expect((await statusOf(id)).inCall).toBe(false);
    await tick('BBB', 12);
    expect(mine()).toHaveLength(2);
    const calls = (await collateral(`query($id: ID!) { marginAccount(id: $id) { calls { status } } }`, { id })).marginAccount.calls;
    expect(calls.map((c: { status: string }) => c.status)).toEqual(['OPEN', 'MET']);
    await tick('BBB', 50);
  });

  it('a call raised while the bus is down is stored, sent once the bus is back, and found by marginCalls(after)', async () => {
    const eve = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Eve" }) { id } }`)).createEntity.id as string;
    const p = await book('Eve margin', eve, 10_000, [['BBB', 'BUY', 400, 50]]);
    const id = await createAccount(eve, 'Eve Reg T', [p]);
    const mine = () => raised.filter((e) => e.accountId === id);
    let callId = '';
    const newest = (await collateral(`query { marginCalls(first: 1) { id } }`)).marginCalls as Array<{ id: string }>;
    const last = newest[0]?.id ?? '0';
    // The bus refuses margin-call events (a Redis drop, or PostgreSQL gone with LISTEN/NOTIFY).
    const publish = bus.publish.bind(bus);
    bus.publish = (async (topic: string, payload: unknown) => {
      if (topic === 'collateral.margin_call.raised') throw new Error('bus is down');
      return publish(topic as never, payload as never);
    }) as typeof bus.publish;
    try {
      await tick('BBB', 20);
      expect(mine()).toHaveLength(0);
      const stored = await pool.query<{ id: string; published: boolean }>(`SELECT id::text, published_at IS NOT NULL AS published FROM collateral.margin_call WHERE account_id = $1`, [id]);
      expect(stored.rows).toEqual([{ id: expect.any(String), published: false }]);
      callId = stored.rows[0]!.id;
      // Rounds while the bus is still down send nothing and lose nothing.
      await clock.advance(5_000);
      await monitor.publisher.flush().catch(() => {});
      expect(mine()).toHaveLength(0);
    } finally {
      bus.publish = publish;
    }
    // The bus is back: the next round of the publisher (on the clock) sends it, exactly once.
    await clock.advance(5_000);
    await monitor.publisher.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.callId).toBe(callId);
    await monitor.publisher.flush();
    await clock.advance(5_000);
    expect(mine()).toHaveLength(1);
    // A client that was away catches up from the last call it saw, oldest first.
    const missed = (await collateral(`query($after: ID) { marginCalls(after: $after, first: 100) { id account { id } } }`, { after: last })).marginCalls as Array<{ id: string; account: { id: string } }>;
    expect(missed.map((c) => c.account.id)).toContain(id);
    expect(missed.map((c) => Number(c.id))).toEqual([...missed.map((c) => Number(c.id))].sort((a, b) => a - b));
    expect(missed.every((c) => Number(c.id) > Number(last))).toBe(true);
    const bad = (await onCollateral.run(`query { marginCalls(after: "x'1") { id } }`)).errors!;
    expect(bad[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    await tick('BBB', 50);
  });
});
