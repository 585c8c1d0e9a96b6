import { describe, expect, it } from 'vitest';
import type { BarRow } from '../src/domain/simulator/index.ts';
import { createDemoUniverse, generateDailyBars, generateHistory, generateMinuteBars } from '../src/domain/simulator/index.ts';

const universe = createDemoUniverse();
const endDate = new Date('2026-01-09T00:00:00Z'); // a Friday
const options = { universe, seed: 42, endDate, years: 5 } as const;

function onTickGrid(price: number, tickSize: number): boolean {
  const ticks = price / tickSize;
  return Math.abs(ticks - Math.round(ticks)) < 1e-6;
}

function invariantViolations(bars: readonly BarRow[]): string[] {
  const tick = new Map(universe.instruments.map((i) => [i.symbol, i.tickSize]));
  const problems: string[] = [];
  for (const b of bars) {
    const t = tick.get(b.symbol)!;
    const ok =
      b.high >= Math.max(b.open, b.close) &&
      b.low <= Math.min(b.open, b.close) &&
      b.low > 0 &&
      b.volume >= 0 &&
      Number.isInteger(b.volume) &&
      [b.open, b.high, b.low, b.close].every((p) => onTickGrid(p, t));
    if (!ok) problems.push(`${b.symbol} ${b.interval} ${b.ts.toISOString()} ${b.open}/${b.high}/${b.low}/${b.close}/${b.volume}`);
  }
  return problems;
}

describe('generateHistory', () => {
  const history = generateHistory({ ...options, minuteDays: 5 });

  // How fast it runs is bench:marketdata's business; here only what it produces.
  it('generates 50 instruments × 5 years of daily bars and 5 sessions of minute bars', () => {
    expect(universe.instruments).toHaveLength(50);
    expect(history.daily.length).toBe(50 * 1305);
    expect(history.minute.length).toBe(50 * 5 * 390);
  });

  it('keeps OHLC invariants and the tick grid on every bar', () => {
    expect(invariantViolations(history.daily)).toEqual([]);
    expect(invariantViolations(history.minute)).toEqual([]);
  });

  it('puts daily bars at 00:00Z on weekdays only and minute bars on whole minutes of 14:30–21:00Z', () => {
    const isWeekend = (ts: Date): boolean => ts.getUTCDay() === 0 || ts.getUTCDay() === 6;
    const badDaily = history.daily.filter((b) => b.ts.getTime() % 86_400_000 !== 0 || isWeekend(b.ts));
    expect(badDaily).toEqual([]);
    expect(history.daily.at(-1)!.ts.toISOString()).toBe('2026-01-09T00:00:00.000Z');
    const badMinute = history.minute.filter((b) => {
      const minuteOfDay = b.ts.getUTCHours() * 60 + b.ts.getUTCMinutes();
      return b.ts.getTime() % 60_000 !== 0 || minuteOfDay < 14 * 60 + 30 || minuteOfDay >= 21 * 60 || isWeekend(b.ts);
    });
    expect(badMinute).toEqual([]);
    expect(new Set(history.minute.map((b) => b.ts.toISOString().slice(0, 10)))).toEqual(
      new Set(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09']),
    );
  });

  it('ends every instrument at its initialPrice', () => {
    const lastCloses = new Map(history.daily.slice(-50).map((b) => [b.symbol, b.close]));
    for (const inst of universe.instruments) expect(lastCloses.get(inst.symbol)).toBe(inst.initialPrice);
  });

  it('derives the minute days’ daily bars from their minute bars (same open, close, range and volume)', () => {
    const dailyByKey = new Map(history.daily.map((b) => [`${b.symbol} ${b.ts.toISOString().slice(0, 10)}`, b]));
    const groups = new Map<string, BarRow[]>();
    for (const b of history.minute) {
      const key = `${b.symbol} ${b.ts.toISOString().slice(0, 10)}`;
      const group = groups.get(key);
      if (group) group.push(b);
      else groups.set(key, [b]);
    }
    expect(groups.size).toBe(250);
    const mismatches: string[] = [];
    for (const [key, minutes] of groups) {
      const day = dailyByKey.get(key)!;
      const aggregate = {
        open: minutes[0]!.open,
        high: Math.max(...minutes.map((m) => m.high)),
        low: Math.min(...minutes.map((m) => m.low)),
        close: minutes.at(-1)!.close,
        volume: minutes.reduce((s, m) => s + m.volume, 0),
      };
      const continuous = minutes.every((m, i) => i === 0 || m.open === minutes[i - 1]!.close);
      if (
        minutes.length !== 390 ||
        !continuous ||
        aggregate.open !== day.open ||
        aggregate.high !== day.high ||
        aggregate.low !== day.low ||
        aggregate.close !== day.close ||
        aggregate.volume !== day.volume
      ) {
        mismatches.push(key);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has larger minute moves in the first and last 30 minutes than at midday (intraday profile)', () => {
    const absReturn = new Float64Array(390);
    const count = new Float64Array(390);
    for (const b of history.minute) {
      const m = b.ts.getUTCHours() * 60 + b.ts.getUTCMinutes() - (14 * 60 + 30);
      absReturn[m]! += Math.abs(Math.log(b.close / b.open));
      count[m]! += 1;
    }
    const average = (from: number, to: number): number => {
      let s = 0;
      for (let m = from; m < to; m++) s += absReturn[m]! / count[m]!;
      return s / (to - from);
    };
    const open = average(0, 30);
    const close = average(360, 390);
    const midday = average(165, 225);
    expect(open).toBeGreaterThan(1.5 * midday);
    expect(close).toBeGreaterThan(1.5 * midday);
  });
});

describe('generateDailyBars / generateMinuteBars', () => {
  it('are deterministic per seed and differ across seeds', () => {
    const short = { ...options, years: 0.25 };
    expect(generateDailyBars({ ...short, minuteDays: 1 })).toEqual(generateDailyBars({ ...short, minuteDays: 1 }));
    expect(generateMinuteBars({ ...short, days: 1 })).toEqual(generateMinuteBars({ ...short, days: 1 }));
    const a = generateDailyBars(short).map((b) => b.close);
    const b = generateDailyBars({ ...short, seed: 43 }).map((b) => b.close);
    expect(a).not.toEqual(b);
  });

  it('agree with generateHistory, and the daily path does not depend on how many minute days are refined', () => {
    const short = { ...options, years: 0.25 };
    const joint = generateHistory({ ...short, minuteDays: 2 });
    expect(generateDailyBars({ ...short, minuteDays: 2 })).toEqual(joint.daily);
    expect(generateMinuteBars({ ...short, days: 2 })).toEqual(joint.minute);
    const plain = generateDailyBars(short);
    const before = plain.length - 2 * 50;
    expect(joint.daily.slice(0, before)).toEqual(plain.slice(0, before));
    // Refined days keep their open and close (only the range and volume are re-drawn).
    joint.daily.slice(before).forEach((bar, i) => {
      expect(bar.open).toBe(plain[before + i]!.open);
      expect(bar.close).toBe(plain[before + i]!.close);
    });
  });

  it('rejects a bad range', () => {
    expect(() => generateDailyBars({ ...options, years: 0 })).toThrow(RangeError);
    expect(() => generateDailyBars({ ...options, endDate: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => generateMinuteBars({ ...options, years: 0.01, days: 10 })).toThrow(/minuteDays/);
  });
});
