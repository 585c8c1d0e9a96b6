import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { findPortfoliosByName } from '@nautilus/portfolio/reads';
import type { Clock } from '@nautilus/runtime';
import { validateStrategyParams, type StrategyKind } from './domain/index.ts';
import { insertStrategy } from './store/strategies.ts';

export interface SeedStrategiesResult {
  seeded: boolean;
  strategies: number;
  reason?: string;
  /** One line for the launcher's log. */
  summary: string;
}

/** Arbitrary constant: concurrent starters seed once. */
const SEED_LOCK_KEY = 727_465_106;

/**
 * The demo strategies, on the demo family office's portfolios (by name, as seeded by portfolio):
 * an ACTIVE moving-average crossover over the core equity book's large holdings (so `npm start`
 * shows live signals from the market simulator within the runner's first minute), a PAUSED
 * time-series momentum over the trust's multi-asset sleeve and a PAUSED Bollinger mean reversion
 * on Alex's bitcoin. Signals only: none trades automatically until autoTrade is turned on.
 */
const STRATEGIES: ReadonlyArray<{ portfolio: string; name: string; kind: StrategyKind; parameters: Record<string, number>; universe: string[]; status: 'active' | 'paused' }> = [
  { portfolio: 'Holdings Core Equity', name: 'Large-cap trend (SMA 10/50)', kind: 'MA_CROSSOVER', parameters: { fast: 10, slow: 50 }, universe: ['SPY', 'AAPL', 'MSFT'], status: 'active' },
  { portfolio: 'Trust Income', name: 'Multi-asset momentum', kind: 'TS_MOMENTUM', parameters: {}, universe: ['SPY', 'TLT', 'GLD'], status: 'paused' },
  { portfolio: 'Alex Personal', name: 'Bitcoin mean reversion', kind: 'MEAN_REVERSION', parameters: {}, universe: ['BTCUSD'], status: 'paused' },
];

/**
 * First start only, in one transaction: the demo strategies. Needs the demo portfolios and
 * instruments (seed them first); a database that already has strategies is left alone.
 */
export async function seedStrategies({ pool, clock }: { pool: pg.Pool; clock: Clock }): Promise<SeedStrategiesResult> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const existing = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM strategy.strategy')).rows[0]!.n;
    if (existing > 0) return { seeded: false, strategies: existing, reason: 'strategies already exist', summary: `reusing existing data (${existing} strategies)` };
    const portfolios = new Map((await findPortfoliosByName(client, STRATEGIES.map((s) => s.portfolio))).map((p) => [p.name, p.id]));
    const instruments = await findInstrumentsBySymbol(client, [...new Set(STRATEGIES.flatMap((s) => s.universe))]);
    const missing = STRATEGIES.filter((s) => !portfolios.has(s.portfolio) || s.universe.some((symbol) => !instruments.has(symbol)));
    if (missing.length > 0) {
      const reason = 'the demo portfolios or instruments are missing; seed market data and portfolios first';
      return { seeded: false, strategies: 0, reason, summary: `nothing seeded: ${reason}` };
    }
    const now = new Date(clock.now());
    for (const s of STRATEGIES) {
      const checked = validateStrategyParams(s.kind, s.parameters, { symbols: s.universe });
      if (!checked.ok) throw new Error(`seedStrategies: ${s.name}: ${checked.field}: ${checked.message}`);
      await insertStrategy(client, { name: s.name, kind: s.kind, parameters: checked.params, universe: s.universe, portfolioId: portfolios.get(s.portfolio)!, status: s.status, autoTrade: false, now });
    }
    const active = STRATEGIES.filter((s) => s.status === 'active').length;
    return { seeded: true, strategies: STRATEGIES.length, summary: `${STRATEGIES.length} demo strategies (${active} active, emitting live signals)` };
  });
}
