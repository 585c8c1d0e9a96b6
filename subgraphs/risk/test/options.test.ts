import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { blackScholes, createAccel, normInv, type Accel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createRiskServer } from '../src/server.ts';
import type { RiskContext } from '../src/context.ts';
import type { RiskLoaders } from '../src/loaders.ts';
import { aggregateGreeks, priceOption, toCurrencyGreeks, yearsToExpiry } from '../src/domain/computeOptionGreeks.ts';
import { computeDeltaGammaVaR } from '../src/domain/computeDeltaGammaVaR.ts';
import { computeExposures } from '../src/domain/computeExposures.ts';
import { computeParametricVaR } from '../src/domain/computeParametricVaR.ts';

const logger = createLogger({ name: 'risk-options-test', level: 'silent' });


/*
 * Hull, "Options, Futures, and Other Derivatives", the worked example of the
 * Black-Scholes-Merton chapter: S = 42, K = 40, r = 10%, σ = 20%, T = 0.5.
 * By hand (4 decimals):
 *   σ√T = 0.2 × 0.7071 = 0.1414
 *   d1 = (ln(42/40) + (0.1 + 0.02) × 0.5) / 0.1414 = (0.0488 + 0.06) / 0.1414 = 0.7693
 *   d2 = d1 − 0.1414 = 0.6278
 *   N(d1) = 0.7791, N(d2) = 0.7350, φ(d1) = e^(−0.7693²/2)/√(2π) = 0.2967, e^(−rT) = e^(−0.05) = 0.9512
 *   call = 42 × 0.7791 − 40 × 0.9512 × 0.7350 = 32.72 − 27.97 = 4.76   (Hull: 4.76)
 *   put  = 40 × 0.9512 × 0.2650 − 42 × 0.2209 = 10.08 − 9.28 = 0.81     (Hull: 0.81)
 *   Δ_call = N(d1) = 0.7791;  Δ_put = N(d1) − 1 = −0.2209
 *   Γ = φ(d1)/(Sσ√T) = 0.2967/(42 × 0.1414) = 0.04996
 *   vega = S√T φ(d1) = 42 × 0.7071 × 0.2967 = 8.813 (per 1.00 of σ)
 *   θ_call = −Sφ(d1)σ/(2√T) − rKe^(−rT)N(d2) = −1.7624 − 2.7966 = −4.559 per year
 *   θ_put  = −1.7624 + rKe^(−rT)N(−d2) = −1.7624 + 0.1 × 40 × 0.9512 × 0.2650 = −0.754 per year
 *   ρ_call = KTe^(−rT)N(d2) = 40 × 0.5 × 0.9512 × 0.7350 = 13.98;  ρ_put = −KTe^(−rT)N(−d2) = −5.04
 * A position of q = 2 contracts × m = 100 in currency:
 *   delta = q·m·Δ·S = 200 × 0.7791 × 42 = 6544.7 (call), 200 × −0.2209 × 42 = −1855.3 (put)
 *   gamma = q·m·Γ·S²/100 = 200 × 0.04996 × 1764 / 100 = 176.3 (per 1% move, both)
 *   vega  = q·m·vega/100 = 200 × 8.813 / 100 = 17.63 (per vol point, both)
 *   theta = q·m·θ/365.25 = 200 × −4.559 / 365.25 = −2.496 (call), 200 × −0.754 / 365.25 = −0.413 (put) per day
 *   rho   = q·m·ρ/100 = 200 × 13.98 / 100 = 27.96 (call), 200 × −5.04 / 100 = −10.08 (put)
 */
const HULL = { spot: 42, strike: 40, rate: 0.1, volatility: 0.2, years: 0.5 };
const HAND = {
  call: { price: 4.76, delta: 0.7791, gamma: 0.04996, vega: 8.813, theta: -4.559, rho: 13.98, position: { delta: 6544.7, gamma: 176.3, vega: 17.63, theta: -2.496, rho: 27.96 } },
  put: { price: 0.81, delta: -0.2209, gamma: 0.04996, vega: 8.813, theta: -0.754, rho: -5.04, position: { delta: -1855.3, gamma: 176.3, vega: 17.63, theta: -0.413, rho: -10.08 } },
};
/** |a − b| ≤ tol·|b| (hand values carry 4 significant digits). */
const near = (a: number, b: number, tol = 2e-3) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.abs(b));

describe('option Greeks, delta-gamma VaR and exposures (pure)', () => {
  it('reproduces the hand-computed Black-Scholes price and Greeks of Hull’s call and put, per unit and per position', () => {
    for (const right of ['call', 'put'] as const) {
      const unit = priceOption({ right, ...HULL });
      const hand = HAND[right];
      for (const k of ['price', 'delta', 'gamma', 'vega', 'theta', 'rho'] as const) near(unit[k], hand[k], 4e-3);
      const position = toCurrencyGreeks(unit, 2, 100, 42);
      for (const k of ['delta', 'gamma', 'vega', 'theta', 'rho'] as const) near(position[k], hand.position[k], 4e-3);
    }
  });

  it('puts an expiry at 16:00 UTC, ACT/365.25, and values an expired option at intrinsic with Δ = 1 or 0', () => {
    expect(yearsToExpiry(new Date('2026-07-06T00:00:00Z'), new Date('2026-01-05T01:00:00Z'))).toBe(0.5);
    expect(priceOption({ right: 'call', spot: 42, strike: 40, rate: 0.1, volatility: 0.2, years: 0 })).toEqual({ price: 2, delta: 1, gamma: 0, vega: 0, theta: 0, rho: 0 });
    expect(priceOption({ right: 'put', spot: 42, strike: 40, rate: 0.1, volatility: 0.2, years: -0.1 })).toMatchObject({ price: 0, delta: 0 });
  });

  it('aggregates a covered call: 200 shares less 2 calls is Σ q·m·Δ·S = 8400 − 6544.7 = 1855.3 of dollar delta', () => {
    const call = toCurrencyGreeks(priceOption({ right: 'call', ...HULL }), -2, 100, 42);
    const total = aggregateGreeks([
      { underlying: 'XYZ', spot: 42, volatility: 0.2, greeks: { delta: 200 * 42, gamma: 0, vega: 0, theta: 0, rho: 0 } },
      { underlying: 'XYZ', spot: 42, volatility: 0.2, greeks: call },
    ]);
    near(total.delta, 8400 - 6544.7);
    near(total.gamma, -176.3);
    expect(total.byUnderlying).toHaveLength(1);
    expect(total.byUnderlying[0]).toMatchObject({ symbol: 'XYZ', spot: 42, delta: total.delta, gamma: total.gamma });
  });

  it('delta-gamma equals delta-normal without gamma, and matches the exact quantile of a one-factor quadratic', () => {
    const covariance = [0.0004, 0.00012, 0.00012, 0.0001];
    const normal = computeParametricVaR({ values: [1000, -300], covariance, confidence: 0.99, horizonDays: 10 });
    const dg = computeDeltaGammaVaR({ deltas: [1000, -300], gammas: [0, 0], covariance, confidence: 0.99, horizonDays: 10 });
    expect(dg.var).toBeCloseTo(normal.var, 9);
    expect(dg.es).toBeCloseTo(normal.es, 9);
    expect(dg).toMatchObject({ mean: 0, skew: 0, excessKurtosis: 0 });

    // One factor, Q = δx + ½Γx², x ~ N(0, s²). Q is increasing for x > −δ/Γ, so its 1% quantile is Q(x₁%) with
    // x₁% = −z·s: with δ = 6544.7, Γ = 17626 (the 2 calls above: 200 × 0.04996 × 42²), s = 0.2/√252,
    // x₁% = −2.3263 × 0.012599 = −0.029309, Q = −191.82 + 7.571 = −184.25: VaR 184.25 < delta-normal 191.82.
    const s = 0.2 / Math.sqrt(252);
    const [delta, gamma] = [6544.7, 17626];
    const x = -normInv(0.99) * s;
    const exact = -(delta * x + 0.5 * gamma * x * x);
    near(exact, 184.25, 1e-4);
    const long = computeDeltaGammaVaR({ deltas: [delta], gammas: [gamma], covariance: [s * s], confidence: 0.99 });
    near(long.var, exact, 3e-3); // Cornish-Fisher on the exact cumulants: within 0.3% of the exact quantile
    expect(long.var).toBeLessThan(normInv(0.99) * delta * s); // long gamma: thinner loss tail, mean ½Γs² > 0
    expect(long.mean).toBeCloseTo(0.5 * gamma * s * s, 12);
    expect(long.sigma).toBeCloseTo(Math.sqrt(delta ** 2 * s ** 2 + 0.5 * gamma ** 2 * s ** 4), 9);
    expect(long.skew).toBeCloseTo((3 * delta ** 2 * gamma * s ** 4 + gamma ** 3 * s ** 6) / long.sigma ** 3, 12);
    const short = computeDeltaGammaVaR({ deltas: [-delta], gammas: [-gamma], covariance: [s * s], confidence: 0.99 });
    expect(short.var).toBeGreaterThan(normInv(0.99) * delta * s); // short gamma: fatter loss tail
  });

  it('sums exposures by asset class and currency: gross Σ|e|, net Σe, share of the book’s gross', () => {
    const e = computeExposures([
      { assetClass: 'equity', currency: 'USD', exposure: 1200 },
      { assetClass: 'bond', currency: 'USD', exposure: -380 },
      { assetClass: 'equity', currency: 'EUR', exposure: 250 },
    ]);
    expect(e.byAssetClass).toEqual([
      { key: 'equity', gross: 1450, net: 1450, share: 1450 / 1830 },
      { key: 'bond', gross: 380, net: -380, share: 380 / 1830 },
    ]);
    expect(e.byCurrency).toEqual([
      { key: 'USD', gross: 1580, net: 820, share: 1580 / 1830 },
      { key: 'EUR', gross: 250, net: 250, share: 250 / 1830 },
    ]);
    expect(computeExposures([])).toEqual({ byAssetClass: [], byCurrency: [] });
  });
});

describe('risk reports of books with options (in process, test database)', () => {
  const database = useTestDatabase();
  // T = (2026-07-06 16:00 UTC − 2026-01-05 01:00 UTC) / 365.25 days = 182.625 / 365.25 = 0.5 exactly.
  const clock = new TestClock(Date.UTC(2026, 0, 5, 1, 0));
  const bus = new MemoryBus();
  const batches: Array<{ loader: keyof RiskLoaders | 'reportWriter'; keys: number }> = [];
  let pool: pg.Pool;
  let accel: Accel;
  let server: SubgraphServer<RiskContext>;
  let ids: Record<string, string> = {};

  const { run, ok } = subgraphCaller(() => server);
  const portfolio = (id: string, holdings: Array<[symbol: string, quantity: number, price: number | null]>) => ({
    __typename: 'Portfolio',
    id,
    positions: holdings.map(([symbol, quantity, lastPrice]) => ({ quantity, instrument: { id: ids[symbol], symbol, lastPrice } })),
  });
  const report = async (selection: string, holdings: Array<[string, number, number | null]>, args = '', id = '1') =>
    (await ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { riskReport${args ? `(${args})` : ''} { ${selection} } } } }`, { r: [portfolio(id, holdings)] }))._entities[0].riskReport;
  const GREEKS = 'greeks { delta gamma vega theta rho byUnderlying { symbol spot volatility delta gamma vega theta rho } }';

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange, multiplier) VALUES
      ('XYZ', 'XYZ Corp', 'equity', 'USD', 'XNYS', 1), ('XYZC', 'XYZ Jul26 40 C', 'option', 'USD', 'OPRA', 100), ('XYZP', 'XYZ Jul26 40 P', 'option', 'USD', 'OPRA', 100),
      ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS', 1), ('BND', 'Bond ETF', 'bond', 'USD', 'ARCX', 1), ('EUQ', 'Euro Equity', 'equity', 'EUR', 'XETR', 1),
      ('FLAT', 'Pegged', 'equity', 'USD', 'XNAS', 1), ('FLATC', 'FLAT Jul26 10 C', 'option', 'USD', 'OPRA', 100),
      ('AAAP', 'AAA Mar26 115 P', 'option', 'USD', 'OPRA', 100) RETURNING id, symbol`);
    ids = Object.fromEntries(rows.map((r) => [r.symbol, String(r.id)]));
    await pool.query(
      `INSERT INTO collateral.option_contract (instrument_id, underlying_id, option_right, strike, expiry) VALUES
        ($1, $2, 'call', 40, '2026-07-06'), ($3, $2, 'put', 40, '2026-07-06'), ($4, $5, 'call', 10, '2026-07-06'), ($6, $7, 'put', 115, '2026-03-20')`,
      [ids.XYZC, ids.XYZ, ids.XYZP, ids.FLATC, ids.FLAT, ids.AAAP, ids.AAA],
    );
    // 300 daily closes ending 2026-01-04 on one date grid. XYZ alternates returns ±a with
    // a = 0.2/√252·√(249/250): the last 250 returns have mean 0 and sample σ·√252 = 0.2 exactly,
    // and its last close is 42, so its options are Hull's example. FLAT never moves.
    const n = 300;
    const a = (0.2 / Math.sqrt(252)) * Math.sqrt(249 / 250);
    const xyz = new Array<number>(n);
    xyz[n - 1] = 42;
    for (let k = n - 1; k > 0; k--) xyz[k - 1] = xyz[k]! / (1 + (k % 2 === 0 ? a : -a));
    const day = (k: number) => new Date(Date.UTC(2026, 0, 4) - (n - 1 - k) * 86_400_000);
    await pool.query(
      `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
       SELECT id, '1d', ts, c, c, c, c, 1000 FROM unnest($1::int[], $2::timestamptz[], $3::float8[]) AS s(id, ts, c)`,
      [
        [...xyz.map(() => ids.XYZ), ...xyz.map(() => ids.FLAT)],
        [...xyz.map((_, k) => day(k)), ...xyz.map((_, k) => day(k))],
        [...xyz, ...xyz.map(() => 10)],
      ],
    );
    for (const [k, symbol] of ['AAA', 'BND', 'EUQ'].entries()) {
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', ts, c, c, c, c, 1000
           FROM (SELECT '2026-01-04T00:00:00Z'::timestamptz - (n || ' days')::interval AS ts,
                        100 * exp(0.0002 * n + 0.02 * sin(n * $2::float8) + 0.01 * cos(n * 0.7 + $3::float8)) AS c
                   FROM generate_series(0, $4::int - 1) AS n) s`,
        [ids[symbol], 0.9 + k * 0.37, k, n],
      );
    }
    accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    server = createRiskServer({ pool, bus, clock, logger, internalSecret: 'x'.repeat(32), accel, onBatch: (loader, keys) => batches.push({ loader, keys: keys.length }) });
  });
  afterAll(async () => {
    await server?.stop();
    await accel?.close();
    await pool?.end();
  });

  it('aggregates the hand-computed Greeks of a single call and a single put (Hull: S 42, K 40, r 10%, σ 20%, T ½)', async () => {
    for (const right of ['call', 'put'] as const) {
      const symbol = right === 'call' ? 'XYZC' : 'XYZP';
      const r = await report(`valuation portfolioValue ${GREEKS}`, [[symbol, 2, right === 'call' ? 4.8 : 0.8]], 'riskFreeRate: 0.1, method: PARAMETRIC');
      expect(r.valuation).toBe('LIVE');
      expect(r.portfolioValue).toBeCloseTo(2 * 100 * (right === 'call' ? 4.8 : 0.8), 9); // q·m·last price
      const [row] = r.greeks.byUnderlying;
      expect(row.symbol).toBe('XYZ');
      expect(row.spot).toBe(42); // XYZ is not held: its latest price from marketdata (last daily close, no ticks)
      expect(row.volatility).toBeCloseTo(0.2, 10);
      for (const k of ['delta', 'gamma', 'vega', 'theta', 'rho'] as const) {
        near(r.greeks[k], HAND[right].position[k], 4e-3);
        expect(row[k]).toBe(r.greeks[k]);
      }
    }
  });

  it('values an option without a last price at its Black-Scholes price and stores the option inputs', async () => {
    const r = await report('id portfolioValue', [['XYZC', 1, null]], 'riskFreeRate: 0.1');
    const model = blackScholes({ type: 'call', spot: 42, strike: 40, rate: 0.1, volatility: 0.2, maturity: 0.5 }).price;
    expect(r.portfolioValue).toBeCloseTo(100 * model, 6);
    const { rows } = await pool.query('SELECT inputs FROM risk.risk_report WHERE id = $1', [r.id]);
    expect(rows[0].inputs).toMatchObject({
      valuation: 'LIVE',
      riskFreeRate: 0.1,
      positions: [{ symbol: 'XYZC', quantity: 1, multiplier: 100, priceSource: 'model', option: { underlyingSymbol: 'XYZ', right: 'call', strike: 40, expiry: '2026-07-06', spot: 42, yearsToExpiry: 0.5 } }],
      factors: [{ symbol: 'XYZ', spot: 42 }],
    });
    expect(rows[0].inputs.positions[0].option.volatility).toBeCloseTo(0.2, 10);
  });

  it('nets a covered call on one risk factor: aggregate delta 8400 − 6544.7, Euler contributions sum to the VaR', async () => {
    const r = await report(`var portfolioValue contributions { symbol componentVar } stress { scenario pnl } ${GREEKS}`, [['XYZ', 200, 42], ['XYZC', -2, 4.76]], 'riskFreeRate: 0.1, method: PARAMETRIC');
    near(r.greeks.delta, 8400 - 6544.7);
    near(r.greeks.gamma, -176.3, 4e-3);
    expect(r.greeks.byUnderlying.map((u: { symbol: string }) => u.symbol)).toEqual(['XYZ']);
    // One factor with daily σ = 0.2/√252: VaR = z·|δ|·σ.
    expect(r.var).toBeCloseTo(normInv(0.99) * r.greeks.delta * (0.2 / Math.sqrt(252)), 6);
    const sum = r.contributions.reduce((s: number, c: { componentVar: number }) => s + c.componentVar, 0);
    expect(Math.abs(sum - r.var)).toBeLessThan(1e-9 * r.var);
    // 2008: equities −40%; the short calls are revalued by Black-Scholes at S = 25.2.
    const bs = (spot: number) => blackScholes({ type: 'call', spot, strike: 40, rate: 0.1, volatility: 0.2, maturity: 0.5 }).price;
    expect(r.stress[0].pnl).toBeCloseTo(200 * 42 * -0.4 - 2 * 100 * (bs(42 * 0.6) - bs(42)), 6);
  });

  it('DELTA_GAMMA equals the delta-normal VaR and ES for a book without options', async () => {
    const holdings: Array<[string, number, number]> = [['AAA', 10, 120], ['BND', -4, 95], ['EUQ', 3, 50]];
    for (const horizon of [1, 10]) {
      const dn = await report('var es', holdings, `method: PARAMETRIC, horizonDays: ${horizon}`);
      const dg = await report('var es method', holdings, `method: DELTA_GAMMA, horizonDays: ${horizon}`);
      expect(dg.method).toBe('DELTA_GAMMA');
      expect(Math.abs(dg.var - dn.var)).toBeLessThan(1e-9 * dn.var);
      expect(Math.abs(dg.es - dn.es)).toBeLessThan(1e-9 * dn.es);
    }
  });

  it('DELTA_GAMMA is below the delta-normal VaR for long gamma (long calls) and above it for short gamma', async () => {
    // Q = δr + ½Γr² ≥ δr pointwise when Γ > 0, so every loss quantile shrinks; Γ < 0 the reverse.
    for (const [quantity, sign] of [[2, -1], [-2, 1]] as const) {
      const dn = await report('var', [['XYZC', quantity, 4.76]], 'method: PARAMETRIC, riskFreeRate: 0.1');
      const dg = await report('var es', [['XYZC', quantity, 4.76]], 'method: DELTA_GAMMA, riskFreeRate: 0.1');
      expect(Math.sign(dg.var - dn.var)).toBe(sign);
      expect(dg.es).toBeGreaterThan(dg.var);
    }
    // The long book against the exact one-factor quantile (pure test above): 184.25 vs delta-normal 191.82.
    const long = await report('var', [['XYZC', 2, 4.76]], 'method: DELTA_GAMMA, riskFreeRate: 0.1');
    near(long.var, 184.25, 4e-3);
  });

  it('gives every method a positive VaR ≤ ES on a book with options', async () => {
    for (const method of ['HISTORICAL', 'FILTERED_HISTORICAL', 'PARAMETRIC', 'CORNISH_FISHER', 'DELTA_GAMMA', 'MONTE_CARLO']) {
      const r = await report('var es', [['AAA', 10, 120], ['AAAP', 2, 3], ['BND', 5, 95]], `method: ${method}, paths: 20000`);
      expect(r.var, method).toBeGreaterThan(0);
      // Not for CORNISH_FISHER here: the sinusoidal test histories are platykurtic (excess kurtosis ≈ −1.2), where the
      // four-moment expansion of the replayed P&L is not monotone in the tail and its integrated ES can fall below VaR.
      if (method !== 'CORNISH_FISHER') expect(r.es, method).toBeGreaterThanOrEqual(r.var);
    }
  });

  it('reports exposures of a mixed book by asset class and currency, options at delta-adjusted notional', async () => {
    const r = await report('exposures { byAssetClass { key gross net share } byCurrency { key gross net share } } greeks { delta }', [
      ['AAA', 10, 120], ['BND', -4, 95], ['EUQ', 5, 50], ['XYZC', 1, 4.76],
    ], 'riskFreeRate: 0.1');
    const call = 100 * blackScholes({ type: 'call', spot: 42, strike: 40, rate: 0.1, volatility: 0.2, maturity: 0.5 }).delta * 42; // ≈ 3272.4, under equity (its underlying's class)
    const gross = 1200 + 380 + 250 + call;
    const close = (actual: Array<{ key: string; gross: number; net: number; share: number }>, expected: Array<[string, number, number]>) => {
      expect(actual.map((b) => b.key)).toEqual(expected.map(([key]) => key));
      actual.forEach((b, i) => {
        expect(b.gross).toBeCloseTo(expected[i]![1], 6);
        expect(b.net).toBeCloseTo(expected[i]![2], 6);
        expect(b.share).toBeCloseTo(expected[i]![1] / gross, 9);
      });
    };
    close(r.exposures.byAssetClass, [['equity', 1200 + 250 + call, 1200 + 250 + call], ['bond', 380, -380]]);
    close(r.exposures.byCurrency, [['USD', 1200 + 380 + call, 1200 - 380 + call], ['EUR', 250, 250]]);
    expect(r.greeks.delta).toBeCloseTo(1200 - 380 + 250 + call, 6);
  });

  it('values a past asOf at the last daily close on or before it, with returns up to it', async () => {
    const asOf = '2025-12-01T12:00:00Z';
    const { rows } = await pool.query<{ symbol: string; close: number }>(
      `SELECT i.symbol, b.close FROM marketdata.bar b JOIN marketdata.instrument i ON i.id = b.instrument_id WHERE i.symbol IN ('AAA', 'XYZ') AND b.interval = '1d' AND b.ts = '2025-12-01T00:00:00Z'`,
    );
    const close = Object.fromEntries(rows.map((r) => [r.symbol, r.close]));
    const r = await report(`id asOf valuation portfolioValue ${GREEKS}`, [['AAA', 10, 999], ['XYZC', 1, 4.76]], `asOf: "${asOf}", riskFreeRate: 0.1`);
    expect(r.valuation).toBe('CLOSE');
    expect(new Date(r.asOf).toISOString()).toBe('2025-12-01T12:00:00.000Z');
    const years = yearsToExpiry(new Date('2026-07-06T00:00:00Z'), new Date(asOf));
    const xyz = r.greeks.byUnderlying.find((u: { symbol: string }) => u.symbol === 'XYZ');
    expect(xyz.spot).toBe(close.XYZ);
    const model = blackScholes({ type: 'call', spot: close.XYZ!, strike: 40, rate: 0.1, volatility: xyz.volatility, maturity: years });
    expect(r.portfolioValue).toBeCloseTo(10 * close.AAA! + 100 * model.price, 6); // not 10 × 999 + 100 × 4.76
    expect(xyz.delta).toBeCloseTo(100 * model.delta * close.XYZ!, 6);
    const stored = (await pool.query('SELECT inputs FROM risk.risk_report WHERE id = $1', [r.id])).rows[0].inputs;
    expect(stored).toMatchObject({ valuation: 'CLOSE', positions: [{ symbol: 'AAA', price: close.AAA, priceSource: 'close' }, { symbol: 'XYZC', priceSource: 'model', option: { spot: close.XYZ } }] });
    expect(new Date(stored.history.to).getTime()).toBeLessThanOrEqual(Date.parse(asOf));
    // Within a minute of now counts as now: live prices.
    const live = await report('valuation portfolioValue', [['AAA', 10, 999]], `asOf: "${new Date(clock.now() - 30_000).toISOString()}"`);
    expect(live).toEqual({ valuation: 'LIVE', portfolioValue: 9990 });
  });

  it('rejects bad input with BAD_USER_INPUT naming the argument and writes nothing', async () => {
    const count = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM risk.risk_report')).rows[0]!.n;
    const before = await count();
    const cases: Array<[string, Array<[string, number, number | null]>, string]> = [
      ['riskFreeRate: 1.5', [['XYZC', 1, 4]], 'riskFreeRate'],
      ['riskFreeRate: -0.2', [['AAA', 1, 100]], 'riskFreeRate'],
      ['asOf: "2026-02-01T00:00:00Z"', [['AAA', 1, 100]], 'asOf'],
      ['asOf: "2024-01-01T00:00:00Z"', [['XYZC', 1, 4]], 'lookbackDays'], // no XYZ history that far back
      ['', [['FLATC', 1, 1]], 'positions'], // underlying never moves: no volatility to price with
      ['', [['XYZ', 1, null], ['XYZC', 1, 4]], 'positions'],
      ['confidence: 1', [['XYZC', 1, 4]], 'confidence'],
    ];
    for (const [args, holdings, field] of cases) {
      const result = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { riskReport${args ? `(${args})` : ''} { id } } } }`, { r: [portfolio('9', holdings)] });
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);
  });

  it('reads option terms, underlying prices and closes once per request for many portfolios', async () => {
    batches.length = 0;
    const reps = Array.from({ length: 6 }, (_, i) => portfolio(String(100 + i), [['XYZC', 1 + i, 4.76], ['XYZP', -1, 0.8], ['AAA', 3, 120]]));
    const data = await ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { riskReport(method: DELTA_GAMMA) { var greeks { delta } } } } }`, { r: reps });
    expect(data._entities.every((e: { riskReport: { var: number } }) => e.riskReport.var > 0)).toBe(true);
    const per = (loader: keyof RiskLoaders | 'reportWriter') => batches.filter((b) => b.loader === loader).length;
    expect({ instrumentTerms: per('instrumentTerms'), underlyingPrice: per('underlyingPrice'), dailyCloses: per('dailyCloses'), reportWriter: per('reportWriter') })
      .toEqual({ instrumentTerms: 1, underlyingPrice: 1, dailyCloses: 1, reportWriter: 1 });
  });
});
