import { withTransaction } from '@nautilus/db';
import type pg from 'pg';
import { findDailyCloses, findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { createRng } from '@nautilus/accel/rng';
import type { Clock } from '@nautilus/runtime';
import type { EntityKind } from './service/types.ts';
import { insertCashEntry } from './store/cashEntries.ts';
import { insertEntityWith } from './store/entities.ts';
import { insertGoal } from './store/goals.ts';
import { lockForTransaction } from './store/locks.ts';
import { insertOwnership } from './store/ownerships.ts';
import { countPortfolios, insertPortfolio } from './store/portfolios.ts';
import { insertTrades, type ValidTrade } from './store/trades.ts';

export interface SeedPortfoliosOptions {
  pool: pg.Pool;
  clock: Clock;
  /** The same seed gives the same quantities (prices come from the stored bars). */
  seed: number;
}

export interface SeedPortfoliosResult {
  /** False when portfolios already existed, or market data is missing (see `reason`). */
  seeded: boolean;
  entities: number;
  portfolios: number;
  trades: number;
  reason?: string;
  /** One line for the launcher's log. */
  summary: string;
}

/** Symbols the demo books trade; all are in marketdata's demo universe. */
export const DEMO_SYMBOLS = ['SPY', 'AAPL', 'MSFT', 'JPM', 'XOM', 'TLT', 'GLD', 'BTCUSD'] as const;

type DemoSymbol = (typeof DEMO_SYMBOLS)[number];

/** Each book: who owns it, what it starts with, and its initial allocation (weights of the deposit). */
const BOOKS: ReadonlyArray<{ key: string; owner: string; name: string; strategy: string; deposit: number; weights: Partial<Record<DemoSymbol, number>> }> = [
  { key: 'core', owner: 'holdco', name: 'Holdings Core Equity', strategy: 'growth', deposit: 2_000_000, weights: { SPY: 0.3, AAPL: 0.15, MSFT: 0.15, JPM: 0.12, XOM: 0.1, GLD: 0.08, BTCUSD: 0.05 } },
  { key: 'income', owner: 'trust', name: 'Trust Income', strategy: 'income', deposit: 1_500_000, weights: { TLT: 0.45, SPY: 0.25, GLD: 0.15, JPM: 0.1 } },
  { key: 'alex', owner: 'alex', name: 'Alex Personal', strategy: 'balanced', deposit: 250_000, weights: { AAPL: 0.3, MSFT: 0.2, SPY: 0.2, BTCUSD: 0.1, TLT: 0.1 } },
];

/**
 * First start only: a small family-office world, in one transaction. The
 * Morgan Family Trust owns 60% of Morgan Holdings LLC (Alex and Sam Morgan
 * 20% each); Holdings runs the core equity book, the trust an income book,
 * Alex a personal one. About a year before the last daily bar each book is
 * funded and bought into its allocation at that day's stored close; six
 * months later every book trims its largest holding by a quarter (realised
 * P&L) and Alex adds to a position. The trust has a goal linked to its own
 * book and the Holdings book. Needs marketdata's demo bars (seed that first);
 * a database that already has portfolios is left alone.
 */
export async function seedPortfolios({ pool, clock, seed }: SeedPortfoliosOptions): Promise<SeedPortfoliosResult> {
  // The transaction-scoped advisory lock makes concurrent starters seed once and is released at COMMIT/ROLLBACK.
  return withTransaction(pool, async (client) => {
    await lockForTransaction(client, 'seed');
    const existing = await countPortfolios(client);
    if (existing > 0) return { seeded: false, entities: 0, portfolios: existing, trades: 0, reason: 'portfolios already exist', summary: `reusing existing data (${existing} portfolios)` };
    // Cross-engine read (read-only): instruments and their daily closes, written by marketdata's seed.
    const instruments = [...(await findInstrumentsBySymbol(client, DEMO_SYMBOLS)).values()] as Array<{ id: number; symbol: DemoSymbol }>;
    const spy = instruments.find((r) => r.symbol === 'SPY');
    const spyCloses = spy ? (await findDailyCloses(client, { instrumentIds: [spy.id], to: new Date(clock.now()) })).get(spy.id)! : [];
    // The last 260 daily dates of SPY, newest first.
    const dates = spyCloses.slice(-260).reverse().map((c) => ({ ts: new Date(c.ts) }));
    if (instruments.length < DEMO_SYMBOLS.length || dates.length < 130) {
      const reason = 'market data demo symbols or a year of daily bars are missing; seed market data first';
      return { seeded: false, entities: 0, portfolios: 0, trades: 0, reason, summary: `nothing seeded: ${reason}` };
    }
    const idBySymbol = new Map(instruments.map((r) => [r.symbol, r.id]));
    const buyDay = dates.at(-1)!.ts;
    const trimDay = dates[Math.floor(dates.length / 2)]!.ts;
    const series = await findDailyCloses(client, { instrumentIds: [...idBySymbol.values()], to: trimDay, from: new Date(buyDay.getTime() - 10 * 86_400_000) });
    const closes = [...series].flatMap(([id, s]) => s.map((c) => ({ id, ts: new Date(c.ts), close: c.close })));
    /** Last stored close on or before `day` (crypto trades daily, equities skip holidays). */
    const closeOn = (symbol: DemoSymbol, day: Date): number => {
      const id = idBySymbol.get(symbol)!;
      const found = closes.filter((c) => c.id === id && c.ts <= day).at(-1);
      if (!found) throw new Error(`seedPortfolios: no close for ${symbol} on or before ${day.toISOString()}`);
      return found.close;
    };
    // Trades execute at 20:00 UTC on their day (after the US close) at that close, rounded to the cent.
    const at = (day: Date) => new Date(day.getTime() + 20 * 3_600_000);
    const price = (symbol: DemoSymbol, day: Date) => (Math.round(closeOn(symbol, day) * 100) / 100).toFixed(2);
    const rng = createRng(seed, 0);

    const entity = async (kind: EntityKind, name: string) => (await insertEntityWith(client, { kind, name })).id;
    const entities: Record<string, number> = {
      trust: await entity('trust', 'Morgan Family Trust'),
      holdco: await entity('company', 'Morgan Holdings LLC'),
      alex: await entity('person', 'Alex Morgan'),
      sam: await entity('person', 'Sam Morgan'),
    };
    await insertOwnership(client, entities.trust!, entities.holdco!, '60');
    await insertOwnership(client, entities.alex!, entities.holdco!, '20');
    await insertOwnership(client, entities.sam!, entities.holdco!, '20');
    const portfolios: Record<string, number> = {};
    let tradeCount = 0;
    for (const book of BOOKS) {
      const portfolioId = (
        await insertPortfolio(client, { entityId: entities[book.owner]!, name: book.name, baseCurrency: 'USD', benchmarkSymbol: 'SPY', strategy: book.strategy, allowShort: false })
      )!.id;
      portfolios[book.key] = portfolioId;
      await insertCashEntry(client, { portfolioId, amount: String(book.deposit), kind: 'deposit', ts: new Date(buyDay.getTime() + 9 * 3_600_000) });
      const buys: ValidTrade[] = Object.entries(book.weights).map(([symbol, weight]) => {
        const p = price(symbol as DemoSymbol, buyDay);
        // Spend 97–99% of the target (leaves cash for fees and the later add), whole units except bitcoin.
        const spend = book.deposit * weight! * (0.97 + 0.02 * rng.nextFloat());
        const quantity = symbol === 'BTCUSD' ? (Math.floor((spend / Number(p)) * 1e4) / 1e4).toFixed(4) : String(Math.floor(spend / Number(p)));
        return { instrumentId: idBySymbol.get(symbol as DemoSymbol)!, symbol, side: 'buy', quantity, price: p, fees: '1.00', ts: at(buyDay) };
      });
      await insertTrades(client, portfolioId, buys);
      const largest = buys.reduce((a, b) => (Number(a.quantity) * Number(a.price) >= Number(b.quantity) * Number(b.price) ? a : b));
      const trim: ValidTrade = {
        ...largest,
        side: 'sell',
        quantity: largest.symbol === 'BTCUSD' ? (Number(largest.quantity) / 4).toFixed(4) : String(Math.floor(Number(largest.quantity) / 4)),
        price: price(largest.symbol as DemoSymbol, trimDay),
        ts: at(trimDay),
      };
      const after: ValidTrade[] = [trim];
      if (book.key === 'alex') after.push({ ...buys[1]!, quantity: '10', price: price(buys[1]!.symbol as DemoSymbol, trimDay), ts: at(trimDay) });
      await insertTrades(client, portfolioId, after);
      tradeCount += buys.length + after.length;
    }
    await insertGoal(client, {
      entityId: entities.trust!,
      name: 'Endowment for the next generation',
      targetAmount: '6000000',
      targetDate: new Date(Date.UTC(new Date(clock.now()).getUTCFullYear() + 10, 0, 1)),
      priority: 1,
      portfolioIds: [portfolios.income!, portfolios.core!],
    });
    const entityCount = Object.keys(entities).length;
    return {
      seeded: true,
      entities: entityCount,
      portfolios: BOOKS.length,
      trades: tradeCount,
      summary: `seeded the demo family office (${entityCount} entities, ${BOOKS.length} portfolios, ${tradeCount} trades, a goal)`,
    };
  });
}
