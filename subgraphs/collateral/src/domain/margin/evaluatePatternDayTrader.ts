import { badInput } from '@nautilus/runtime';
import { dayKeyIn, startOfDayIn, weekdaysBefore } from './businessDays.ts';
import { PATTERN_DAY_TRADER_MINIMUM_EQUITY } from './computeBuyingPower.ts';
import type { PatternDayTraderStatus, TradeExecution } from './types.ts';

/** Minimum equity of a margin account, FINRA Rule 4210(b)(1). */
export const MARGIN_MINIMUM_EQUITY = 2_000;
/** Window of the pattern-day-trader test, in business days. */
export const PATTERN_WINDOW_DAYS = 5;

function checkTrade(t: TradeExecution, i: number): void {
  const at = `trades[${i}]`;
  if (t === null || typeof t !== 'object') throw badInput(at, 'must be a trade object');
  if (typeof t.instrumentId !== 'string' || t.instrumentId === '') throw badInput(`${at}.instrumentId`, 'must be a non-empty string');
  if (t.side !== 'BUY' && t.side !== 'SELL') throw badInput(`${at}.side`, `must be BUY or SELL, got ${String(t.side)}`);
  if (!Number.isFinite(t.quantity) || t.quantity <= 0) throw badInput(`${at}.quantity`, `must be a positive number, got ${t.quantity}`);
  if (!(t.ts instanceof Date) || Number.isNaN(t.ts.getTime())) throw badInput(`${at}.ts`, 'must be a valid Date');
}

/**
 * Round trips in one instrument on one day: executions in time order form runs
 * of the same side; each opening run followed by a closing run is one day
 * trade, so the count is ⌊runs / 2⌋ (B S → 1, B B S → 1, B S B S → 2, S B → 1).
 */
function roundTrips(sides: ReadonlyArray<'BUY' | 'SELL'>): number {
  let runs = 0;
  sides.forEach((side, i) => {
    if (i === 0 || side !== sides[i - 1]) runs++;
  });
  return Math.floor(runs / 2);
}

/**
 * Pattern-day-trader test of FINRA Rule 4210(f)(8)(B):
 * a day trade is buying and selling (or selling short and buying) the same
 * security on the same day ((f)(8)(B)(i)); a pattern day trader executes four
 * or more day trades within five business days, provided they are more than
 * 6% of the total trades in the account over the same period ((f)(8)(B)(ii)).
 *
 * Our counting rules: days are calendar days in `options.timeZone` (default
 * America/New_York); business days are Monday–Friday (exchange holidays are
 * ignored); the window is the 5 business days ending on `asOf`'s day (a weekend
 * `asOf` ends it on the Friday before), up to `asOf` itself; every execution is
 * one trade; day trades are counted per instrument and day as round trips
 * ({@link roundTrips}). Positions carried overnight are not known, so a sale of
 * yesterday's position bought back the same day counts (conservative). A
 * designation's 90-day persistence is left to the caller.
 *
 * minimumEquity: $25,000 for a pattern day trader (4210(f)(8)(B)(iv)(a)), else
 * $2,000 (4210(b)(1)).
 *
 * @throws AppError BAD_USER_INPUT naming `trades[i].…`, `asOf` or `timeZone`.
 */
export function evaluatePatternDayTrader(trades: TradeExecution[], asOf: Date, options: { timeZone?: string } = {}): PatternDayTraderStatus {
  if (!Array.isArray(trades)) throw badInput('trades', 'must be an array');
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) throw badInput('asOf', 'must be a valid Date');
  const timeZone = options.timeZone ?? 'America/New_York';
  trades.forEach(checkTrade);
  const endDay = weekdaysBefore(dayKeyIn(asOf, timeZone), 0);
  const startDay = weekdaysBefore(endDay, PATTERN_WINDOW_DAYS - 1);
  const windowStart = startOfDayIn(startDay, timeZone);

  const byInstrumentDay = new Map<string, TradeExecution[]>();
  let totalTrades = 0;
  for (const t of trades) {
    if (t.ts.getTime() < windowStart.getTime() || t.ts.getTime() > asOf.getTime()) continue;
    totalTrades++;
    const key = `${t.instrumentId}\u0000${dayKeyIn(t.ts, timeZone)}`;
    const list = byInstrumentDay.get(key) ?? [];
    list.push(t);
    byInstrumentDay.set(key, list);
  }
  let dayTrades = 0;
  for (const list of byInstrumentDay.values()) {
    const ordered = list.map((t, i) => ({ t, i })).sort((a, b) => a.t.ts.getTime() - b.t.ts.getTime() || a.i - b.i);
    dayTrades += roundTrips(ordered.map(({ t }) => t.side));
  }
  const isPatternDayTrader = dayTrades >= 4 && dayTrades > 0.06 * totalTrades;
  return {
    dayTrades,
    totalTrades,
    windowStart,
    isPatternDayTrader,
    minimumEquity: isPatternDayTrader ? PATTERN_DAY_TRADER_MINIMUM_EQUITY : MARGIN_MINIMUM_EQUITY,
  };
}
