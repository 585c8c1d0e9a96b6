import type { Logger } from '@nautilus/runtime';
import { TestClock } from '@nautilus/runtime';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BarRow, SimQuote, SimulatorLogger } from '../src/domain/simulator/index.ts';
import { MarketSimulator, createDemoUniverse } from '../src/domain/simulator/index.ts';

const universe = createDemoUniverse();
const tickSize = new Map(universe.instruments.map((i) => [i.symbol, i.tickSize]));
const onTickGrid = (price: number, tick: number): boolean => Math.abs(price / tick - Math.round(price / tick)) < 1e-6;
const sessionOpen = Date.UTC(2026, 0, 6, 14, 30); // a Tuesday, 09:30 New York

interface Recorder {
  quotes: SimQuote[][];
  bars: BarRow[][];
  simulator: MarketSimulator;
  clock: TestClock;
}

function record(seed: number, extra: { tickMs?: number; startPrices?: Map<string, number> } = {}): Recorder {
  const clock = new TestClock(sessionOpen);
  const quotes: SimQuote[][] = [];
  const bars: BarRow[][] = [];
  const simulator = new MarketSimulator({
    clock,
    universe,
    seed,
    tickMs: extra.tickMs ?? 1000,
    ...(extra.startPrices ? { startPrices: extra.startPrices } : {}),
    onQuotes: async (q) => {
      quotes.push(q);
    },
    onMinuteBars: async (b) => {
      bars.push(b);
    },
  });
  return { quotes, bars, simulator, clock };
}

describe('MarketSimulator on a TestClock', () => {
  it('delivers one batch of 50 quotes per tick: bid < last < ask, all on the tick grid, stamped with clock time', async () => {
    const { quotes, simulator, clock } = record(1);
    simulator.start();
    await clock.advance(10 * 1000);
    expect(quotes).toHaveLength(10);
    const problems: string[] = [];
    quotes.forEach((batch, k) => {
      expect(batch.map((q) => q.symbol)).toEqual(universe.instruments.map((i) => i.symbol));
      for (const q of batch) {
        const tick = tickSize.get(q.symbol)!;
        const ok =
          q.bid > 0 &&
          q.bid < q.last &&
          q.last < q.ask &&
          [q.bid, q.ask, q.last].every((p) => onTickGrid(p, tick)) &&
          q.size >= 0 &&
          q.ts.getTime() === sessionOpen + (k + 1) * 1000;
        if (!ok) problems.push(JSON.stringify(q));
      }
    });
    expect(problems).toEqual([]);
    // Prices move, but a 10-second demo stays near the starting levels.
    const first = quotes[0]!.find((q) => q.symbol === 'AAPL')!;
    expect(first.last).toBeGreaterThan(200);
    expect(first.last).toBeLessThan(240);
    await simulator.stop();
  });

  it('replays identical quotes for the same seed and clock steps, different ones for another seed', async () => {
    const runs = [record(7), record(7), record(8)];
    for (const run of runs) run.simulator.start();
    for (const run of runs) {
      await run.clock.advance(2500);
      await run.clock.advance(30_000);
      await run.simulator.stop();
    }
    expect(runs[0]!.quotes).toHaveLength(32);
    expect(runs[1]!.quotes).toEqual(runs[0]!.quotes);
    expect(runs[2]!.quotes).not.toEqual(runs[0]!.quotes);
  });

  it('continues from the given start prices', async () => {
    const { quotes, simulator, clock } = record(3, { startPrices: new Map([['AAPL', 100]]) });
    simulator.start();
    await clock.advance(1000);
    await simulator.stop();
    const aapl = quotes[0]!.find((q) => q.symbol === 'AAPL')!;
    expect(Math.abs(aapl.last - 100)).toBeLessThan(1);
  });

  it('emits the completed minute’s 1m bars, aggregated from that minute’s quotes, when the minute boundary passes', async () => {
    expect.assertions(5);
    const { quotes, bars, simulator, clock } = record(5);
    simulator.start();
    await clock.advance(59_000); // ticks 14:30:01 … 14:30:59
    expect(bars).toHaveLength(0);
    await clock.advance(1000); // tick at 14:31:00 closes the 14:30 minute
    expect(bars).toHaveLength(1);
    const minuteQuotes = quotes.filter((batch) => batch[0]!.ts.getTime() < sessionOpen + 60_000);
    const expected = universe.instruments.map((inst, i) => {
      const lasts = minuteQuotes.map((batch) => batch[i]!.last);
      return {
        symbol: inst.symbol,
        interval: '1m',
        ts: new Date(sessionOpen),
        open: lasts[0],
        high: Math.max(...lasts),
        low: Math.min(...lasts),
        close: lasts.at(-1),
        volume: minuteQuotes.reduce((sum, batch) => sum + batch[i]!.size, 0),
      };
    });
    expect(minuteQuotes).toHaveLength(59);
    expect(bars[0]).toEqual(expected);
    await clock.advance(60_000);
    expect(bars.map((b) => b[0]!.ts.toISOString())).toEqual(['2026-01-06T14:30:00.000Z', '2026-01-06T14:31:00.000Z']);
    await simulator.stop();
  });

  it('stop() clears the timer and nothing is emitted afterwards', async () => {
    const { quotes, bars, simulator, clock } = record(9);
    simulator.start();
    await clock.advance(65_000);
    await simulator.stop();
    const counts = [quotes.length, bars.length];
    expect(simulator.isRunning).toBe(false);
    expect(clock.pending).toBe(0);
    await clock.advance(300_000);
    expect([quotes.length, bars.length]).toEqual(counts);
  });

  it('conflates ticks while onQuotes is busy, keeps every minute bar, and stop() awaits the delivery in flight', async () => {
    const clock = new TestClock(sessionOpen);
    const delivered: SimQuote[][] = [];
    const bars: BarRow[][] = [];
    let release: () => void = () => {};
    let blocked = true;
    const simulator = new MarketSimulator({
      clock,
      universe,
      seed: 11,
      tickMs: 1000,
      onQuotes: async (q) => {
        delivered.push(q);
        if (blocked) await new Promise<void>((resolve) => (release = resolve));
      },
      onMinuteBars: async (b) => {
        bars.push(b);
      },
    });
    simulator.start();
    await clock.advance(90_000); // the first delivery never finishes: 89 ticks conflated, one minute completes
    expect(delivered).toHaveLength(1);
    expect(simulator.stats).toEqual({ ticks: 90, conflated: 89 });
    expect(bars).toHaveLength(0);
    blocked = false;
    let stopped = false;
    const stopping = simulator.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false); // waiting for the blocked onQuotes
    release();
    await stopping;
    // The completed 14:30 minute is delivered by stop(), built from all its ticks.
    expect(bars).toHaveLength(1);
    expect(bars[0]![0]!.ts.toISOString()).toBe('2026-01-06T14:30:00.000Z');
    expect(simulator.latestQuotes[0]!.ts.getTime()).toBe(sessionOpen + 90_000);
  });

  it('logs a failing callback and keeps ticking', async () => {
    const clock = new TestClock(sessionOpen);
    const errors: unknown[] = [];
    let calls = 0;
    const simulator = new MarketSimulator({
      clock,
      universe,
      seed: 12,
      tickMs: 500,
      onQuotes: async () => {
        calls++;
        throw new Error('bus down');
      },
      logger: { error: (details) => void errors.push(details) },
    });
    simulator.start();
    await clock.advance(2000);
    await simulator.stop();
    expect(calls).toBe(4);
    expect(errors).toHaveLength(4);
    expectTypeOf<Logger>().toExtend<SimulatorLogger>(); // the runtime's pino logger can be passed as is
  });

  it('rejects a non-positive tick interval', () => {
    expect(() => new MarketSimulator({ clock: new TestClock(), universe, seed: 1, tickMs: 0, onQuotes: async () => {} })).toThrow(RangeError);
  });
});
