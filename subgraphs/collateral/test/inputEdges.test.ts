import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { DisposeStack, subgraphCaller, useTestDatabase, type GraphQLResult } from '@nautilus/testing';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { MarginMonitor, createCollateralServer } from '../src/server.ts';
import type { CollateralContext } from '../src/context.ts';

const logger = createLogger({ name: 'collateral-input-edges-test', level: 'silent' });
const SECRET = 'x'.repeat(32);

/** Input edges: quantities that overflow or round to zero in numeric columns, NUL bytes, unbounded notes, echoed values. */
describe('collateral input edges', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let pool: pg.Pool;
  let server: SubgraphServer<CollateralContext>;
  let portfolio: SubgraphServer<object>;
  const onCollateral = subgraphCaller(() => server);
  const onPortfolio = subgraphCaller(() => portfolio);
  let ownerId: string;
  let accountId: string;

  const rows = async () =>
    (await pool.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM collateral.collateral_movement) + (SELECT count(*) FROM collateral.margin_account) + (SELECT count(*) FROM collateral.option_contract) + (SELECT count(*) FROM collateral.margin_call_event) AS n',
    )).rows[0]!.n;
  const expectBadInput = (result: GraphQLResult, field: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message.length).toBeLessThan(300);
  };
  const deposit = (input: Record<string, unknown>) => onCollateral.run(`mutation($i: CollateralMovementInput!) { depositCollateral(input: $i) { id } }`, { i: { accountId, ...input } });
  const createAccount = (input: Record<string, unknown>) =>
    onCollateral.run(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id } }`, { i: { ownerId, name: 'Edge', broker: 'Prime', methodology: 'REG_T', portfolioIds: [], ...input } });

  beforeAll(async () => {
    pool = stack.use(new pg.Pool({ connectionString: database.url, max: 4 }), (p) => p.end());
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('AAA260116C100', 'AAA Jan 26 100 call', 'option', 'USD', 'OPRA')`);
    portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }) as SubgraphServer<object>;
    stack.defer(() => portfolio.stop());
    const bus = new MemoryBus();
    const monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: false, refreshIntervalMs: 3_600_000, escalationIntervalMs: 3_600_000 });
    await monitor.start();
    stack.defer(() => monitor.stop());
    server = createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor });
    stack.defer(() => server.stop());
    ownerId = (await onPortfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`)).createEntity.id;
    const p = (await onPortfolio.ok(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId: ownerId, name: 'Core' } })).createPortfolio.id;
    accountId = (await onCollateral.ok(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id } }`, {
      i: { ownerId, name: 'Main', broker: 'Prime', methodology: 'REG_T', portfolioIds: [p] },
    })).createMarginAccount.id;
  });
  afterAll(() => stack.disposeAll());

  it('refuses collateral quantities that would overflow or round to zero (1e300, 1e-30), naming input.quantity', async () => {
    const before = await rows();
    for (const quantity of [1e300, 1e15, 1e-30, 0.123456789]) expectBadInput(await deposit({ quantity }), 'input.quantity');
    expect((await deposit({ quantity: 1e300 })).errors![0]!.message).toBe('input.quantity: must be below 1e15, got 1e+300');
    expect(await rows()).toBe(before);
    expect((await deposit({ quantity: 1_000.12345678 })).errors).toBeUndefined();
    const { rows: stored } = await pool.query<{ q: string }>('SELECT quantity::text AS q FROM collateral.collateral_movement ORDER BY id DESC LIMIT 1');
    expect(stored[0]!.q).toBe('1000.12345678');
  });

  it('refuses NUL and other control characters in names, symbols and notes, and caps notes at 2,000 characters', async () => {
    const before = await rows();
    expectBadInput(await deposit({ quantity: 1, note: 'a\u0000b' }), 'input.note');
    expectBadInput(await deposit({ quantity: 1, note: 'n'.repeat(1_000_000) }), 'input.note');
    expectBadInput(await deposit({ quantity: 1, symbol: 'AAA\u0000' }), 'input.symbol');
    expectBadInput(await createAccount({ name: 'E\u0000' }), 'input.name');
    expectBadInput(await createAccount({ broker: 'B\u0000' }), 'input.broker');
    expectBadInput(await createAccount({ name: 'N'.repeat(1_000_000) }), 'input.name');
    expectBadInput(await createAccount({ minimumTransferAmount: 1e300 }), 'input.minimumTransferAmount');
    expectBadInput(await onCollateral.run(`mutation { acknowledgeMarginCall(id: "1", note: "a\\u0000") { id } }`), 'note');
    expectBadInput(await onCollateral.run(`mutation($n: String) { resolveMarginCall(id: "1", resolution: MET, note: $n) { id } }`, { n: 'x'.repeat(2_001) }), 'note');
    const option = (input: Record<string, unknown>) =>
      onCollateral.run(`mutation($i: OptionContractInput!) { defineOptionContract(input: $i) { right } }`, {
        i: { symbol: 'AAA260116C100', underlyingSymbol: 'AAA', right: 'CALL', strike: 100, expiry: '2026-01-16T00:00:00Z', ...input },
      });
    expectBadInput(await option({ strike: 1e300 }), 'input.strike');
    expectBadInput(await option({ symbol: 'AAA\u0000' }), 'input.symbol');
    expectBadInput(await option({ right: 'R'.repeat(1_000_000) }), 'input.right');
    expect(await rows()).toBe(before);
    // Notes may span lines.
    expect((await deposit({ quantity: 1, note: 'wired\n\tref 42' })).errors).toBeUndefined();
  });

  it('refuses a callPrediction seed out of range like its paths', async () => {
    const prediction = (args: string) => onCollateral.run(`query { marginAccount(id: "${accountId}") { callPrediction(${args}) { probability } } }`);
    expect((await prediction('paths: -5')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paths' });
    expect((await prediction('seed: -1')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seed' });
  });
});
