import type { Ohlcv } from '../types.ts';
import type { MarketUniverse } from './InstrumentSpec.ts';
import { MarketModel, TRADING_DAYS_PER_YEAR, totalAnnualVolatility } from './MarketModel.ts';
import { SeededRandom } from './SeededRandom.ts';
import { choleskyDecompose } from './choleskyDecompose.ts';
import { SESSION_MINUTES, SESSION_OPEN_UTC_MINUTES, intradayVolatility } from './intradayVolatility.ts';
import { roundToTick } from './roundToTick.ts';

/** One OHLCV bar as the bulk ingest consumes it. */
export interface BarRow extends Ohlcv {
  symbol: string;
  interval: '1m' | '1d';
  /** Bar start: 00:00:00Z of the session's date for '1d', the whole minute for '1m'. */
  ts: Date;
}

export interface GenerateHistoryOptions {
  /** Instruments and correlations (e.g. `createDemoUniverse()`). */
  universe: MarketUniverse;
  /** Same seed and options ⇒ identical bars. */
  seed: number;
  /**
   * Date of the last session generated (its UTC calendar date; a Saturday or
   * Sunday means the Friday before). Bars cover whole sessions, so pass the
   * last *completed* session when seeding a live system.
   */
  endDate: Date;
  /** Calendar years of daily history ending at `endDate` (fractions allowed). */
  years: number;
  /**
   * Number of final business days that also get 1-minute bars (default 0).
   * Those days' daily bars are aggregated from their minute bars, so pass
   * the same value to `generateDailyBars` and `generateMinuteBars` (or use
   * `generateHistory`) for daily and minute bars that agree exactly.
   */
  minuteDays?: number;
}

/** Share of a day's variance that falls overnight (close → next open); Hansen & Lunde (2005, J. Fin. Econometrics 3(4)) find roughly 20–25% for US stocks. */
const OVERNIGHT_VARIANCE_SHARE = 0.2;
/** The session is simulated in 13 half-hour steps; minute paths are bridged between them. */
const SEGMENTS = 13;
const SEGMENT_MINUTES = SESSION_MINUTES / SEGMENTS;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Dispersion of daily volume around its mean (lognormal σ) and of minute volume around the profile. */
const DAILY_VOLUME_DISPERSION = 0.35;
const MINUTE_VOLUME_DISPERSION = 0.5;
/** RNG sub-stream keys, so each purpose draws independently of the others. */
const STREAM_DAY = 1;
const STREAM_MINUTES = 2;

/**
 * Daily bars (and 1-minute bars for the last `minuteDays` sessions) for every
 * instrument, pure and deterministic, for seeding the database in bulk.
 *
 * How a day is simulated (all in log price, with `MarketModel`):
 * 1. one overnight step carrying 20% of the day's variance (the open gaps
 *    away from the previous close), then 13 half-hour session steps carrying
 *    the rest, scaled by the intraday profile v(t): these 14 knots fix the
 *    day's open, close and path;
 * 2. highs and lows are drawn exactly for a Brownian bridge between
 *    consecutive knots: with increment b and variance V, the maximum is
 *    M = (b + √(b² − 2V ln U))/2, U ~ U(0,1] (inverse of P(M > m) =
 *    e^{−2m(m−b)/V}; Glasserman 2004, "Monte Carlo Methods in Financial
 *    Engineering", §6.4), and the minimum symmetrically, so high ≥ max(open,
 *    close) and low ≤ min(open, close) by construction;
 * 3. on minute days, each half-hour step is refined into 30 one-minute steps
 *    by a Brownian bridge in the profile's variance clock with correlated
 *    noise (the knots stay exactly on the daily path, so the last minute's
 *    close *is* the daily close), minute highs/lows come from step 2's formula
 *    and the day's bar is the aggregate of its minute bars.
 * Bridging the minute path between fixed knots (rather than simulating minutes
 * first) keeps the long daily path identical whatever `minuteDays` is, and
 * costs only the refined days. Jumps inside a half-hour step are spread
 * over its minutes by the bridge, a simplification.
 *
 * Finally each instrument's path is shifted (a constant factor, returns
 * unchanged) so the last close equals its `initialPrice`, then prices are
 * rounded to the tick (monotone, so the OHLC order survives; never below one
 * tick). Volume: average daily volume × lognormal noise × (0.7 + 0.3·|r|/E|r|)
 * (busy on big moves), spread over minutes in proportion to v(t)² (the
 * U-shaped volume profile, Jain & Joh 1988, J. Fin. Quant. Anal. 23(3)).
 * Days are Monday–Friday; holidays are ignored.
 *
 * @throws RangeError on a non-positive `years`, an invalid `endDate`, or
 *   `minuteDays` outside [0, number of days]; errors from `MarketModel` for a
 *   bad universe.
 */
export function generateHistory(options: GenerateHistoryOptions): { daily: BarRow[]; minute: BarRow[] } {
  const { universe, seed, endDate, years, minuteDays = 0 } = options;
  const days = businessDays(endDate, years);
  if (!Number.isInteger(minuteDays) || minuteDays < 0 || minuteDays > days.length) {
    throw new RangeError(`generateHistory: minuteDays must be an integer in [0, ${days.length}], got ${minuteDays}`);
  }
  const instruments = universe.instruments;
  const n = instruments.length;
  const model = new MarketModel({ universe, seed, initialPrices: new Float64Array(n).fill(1) });
  const cholesky = choleskyDecompose(universe.correlation);
  const sigma = instruments.map((i) => i.annualVol);
  const dailyAbsReturn = instruments.map((i) => (totalAnnualVolatility(i) / Math.sqrt(TRADING_DAYS_PER_YEAR)) * Math.sqrt(2 / Math.PI));
  const overnightDt = OVERNIGHT_VARIANCE_SHARE / TRADING_DAYS_PER_YEAR;
  const segmentDt = (1 - OVERNIGHT_VARIANCE_SHARE) / TRADING_DAYS_PER_YEAR / SEGMENTS;
  const minuteDt = segmentDt / SEGMENT_MINUTES;

  const nDays = days.length;
  const dayOhlcv = ohlcvArrays(nDays * n);
  const firstMinuteDay = nDays - minuteDays;
  const nMinutes = minuteDays * SESSION_MINUTES;
  const minuteOhlcv = ohlcvArrays(nMinutes * n);

  const knots: Float64Array[] = new Array<Float64Array>(SEGMENTS + 1);
  let previousClose = model.logPrices();
  days.forEach((dayMs, d) => {
    const sessionStart = dayMs + SESSION_OPEN_UTC_MINUTES * MINUTE_MS;
    knots[0] = model.stepLog(overnightDt);
    for (let k = 0; k < SEGMENTS; k++) {
      knots[k + 1] = model.stepLog(segmentDt, sessionStart + (k + 0.5) * SEGMENT_MINUTES * MINUTE_MS);
    }
    const rng = new SeededRandom(seed, dayMs / DAY_MS, STREAM_DAY);
    const open = knots[0]!;
    const close = knots[SEGMENTS]!;
    for (let i = 0; i < n; i++) {
      const at = d * n + i;
      dayOhlcv.open[at] = open[i]!;
      dayOhlcv.close[at] = close[i]!;
      const noise = Math.exp(DAILY_VOLUME_DISPERSION * rng.normal() - DAILY_VOLUME_DISPERSION ** 2 / 2);
      const activity = 0.7 + (0.3 * Math.abs(close[i]! - previousClose[i]!)) / dailyAbsReturn[i]!;
      dayOhlcv.volume[at] = instruments[i]!.averageDailyVolume * noise * activity;
    }
    if (d < firstMinuteDay) {
      for (let i = 0; i < n; i++) {
        let high = -Infinity;
        let low = Infinity;
        for (let k = 0; k < SEGMENTS; k++) {
          const from = knots[k]![i]!;
          const b = knots[k + 1]![i]! - from;
          const v = intradayVolatility(sessionStart + (k + 0.5) * SEGMENT_MINUTES * MINUTE_MS);
          const variance = sigma[i]! ** 2 * v * v * segmentDt;
          high = Math.max(high, from + bridgeMaximum(b, variance, rng.nextOpen()));
          low = Math.min(low, from + bridgeMinimum(b, variance, rng.nextOpen()));
        }
        dayOhlcv.high[d * n + i] = high;
        dayOhlcv.low[d * n + i] = low;
        dayOhlcv.volume[d * n + i] = Math.round(dayOhlcv.volume[d * n + i]!);
      }
    } else {
      refineDay({
        rng: new SeededRandom(seed, dayMs / DAY_MS, STREAM_MINUTES),
        knots,
        sessionStart,
        minuteDt,
        sigma,
        cholesky,
        dayVolume: dayOhlcv.volume.subarray(d * n, (d + 1) * n),
        out: minuteOhlcv,
        offset: (d - firstMinuteDay) * SESSION_MINUTES,
      });
      for (let i = 0; i < n; i++) {
        let high = -Infinity;
        let low = Infinity;
        let volume = 0;
        for (let m = 0; m < SESSION_MINUTES; m++) {
          const at = ((d - firstMinuteDay) * SESSION_MINUTES + m) * n + i;
          high = Math.max(high, minuteOhlcv.high[at]!);
          low = Math.min(low, minuteOhlcv.low[at]!);
          volume += minuteOhlcv.volume[at]!;
        }
        dayOhlcv.high[d * n + i] = high;
        dayOhlcv.low[d * n + i] = low;
        dayOhlcv.volume[d * n + i] = volume;
      }
    }
    previousClose = close;
  });

  // Anchor: shift each log path so the final close is the instrument's initialPrice.
  const shift = instruments.map((inst, i) => Math.log(inst.initialPrice) - previousClose[i]!);
  const price = (logPrice: number, i: number): number => roundToTick(Math.exp(logPrice + shift[i]!), instruments[i]!.tickSize);
  const toBar = (series: OhlcvArrays, at: number, i: number, interval: BarRow['interval'], ts: Date): BarRow => ({
    symbol: instruments[i]!.symbol,
    interval,
    ts,
    open: price(series.open[at]!, i),
    high: price(series.high[at]!, i),
    low: price(series.low[at]!, i),
    close: price(series.close[at]!, i),
    volume: series.volume[at]!,
  });

  const daily: BarRow[] = [];
  days.forEach((dayMs, d) => {
    for (let i = 0; i < n; i++) {
      daily.push(toBar(dayOhlcv, d * n + i, i, '1d', new Date(dayMs)));
    }
  });
  const minute: BarRow[] = [];
  for (let d = firstMinuteDay; d < nDays; d++) {
    const sessionStart = days[d]! + SESSION_OPEN_UTC_MINUTES * MINUTE_MS;
    for (let m = 0; m < SESSION_MINUTES; m++) {
      const ts = sessionStart + m * MINUTE_MS;
      for (let i = 0; i < n; i++) {
        minute.push(toBar(minuteOhlcv, ((d - firstMinuteDay) * SESSION_MINUTES + m) * n + i, i, '1m', new Date(ts)));
      }
    }
  }
  return { daily, minute };
}

/**
 * Daily bars only (see `generateHistory` for the model). With `minuteDays`
 * set, the last days' bars equal the aggregates of `generateMinuteBars` with
 * `days: minuteDays` and the same other options.
 */
export function generateDailyBars(options: GenerateHistoryOptions): BarRow[] {
  return generateHistory(options).daily;
}

/** Options of `generateMinuteBars`: those of `generateHistory` with `days` for `minuteDays`. */
export interface GenerateMinuteBarsOptions extends Omit<GenerateHistoryOptions, 'minuteDays'> {
  /** Number of final business days (sessions 14:30–21:00 UTC) to produce 1-minute bars for. */
  days: number;
}

/**
 * 1-minute bars for the last `days` sessions, continuous with the daily
 * history of the same options (each session's last minute closes at that
 * day's daily close). The long daily path is simulated too, cheaply, because
 * the minute days continue it.
 */
export function generateMinuteBars({ days, ...options }: GenerateMinuteBarsOptions): BarRow[] {
  return generateHistory({ ...options, minuteDays: days }).minute;
}

interface RefineDayOptions {
  rng: SeededRandom;
  knots: readonly Float64Array[];
  sessionStart: number;
  minuteDt: number;
  sigma: readonly number[];
  cholesky: Float64Array;
  /** In: the day's target volume per instrument. */
  dayVolume: Float64Array;
  out: OhlcvArrays;
  /** Index of this day's first minute in `out`. */
  offset: number;
}

/**
 * Brownian bridge refinement of one session: between knots x_a and x_b with
 * remaining variance-clock time W, a step of variance-time w moves by
 * (w/W)(x_b − x) plus noise of variance σ²·Δt·w(W − w)/W (the bridge's
 * conditional law, Glasserman 2004, §3.1.2). All instruments share the
 * clock (v(t)² per minute), so one correlated normal vector per minute keeps
 * intraday correlation.
 */
function refineDay({ rng, knots, sessionStart, minuteDt, sigma, cholesky, dayVolume, out, offset }: RefineDayOptions): void {
  const n = sigma.length;
  const weights = new Float64Array(SESSION_MINUTES);
  let weightSum = 0;
  for (let m = 0; m < SESSION_MINUTES; m++) {
    const v = intradayVolatility(sessionStart + (m + 0.5) * MINUTE_MS);
    weights[m] = v * v;
    weightSum += v * v;
  }
  const x = new Float64Array(n);
  const e = new Float64Array(n);
  const next = new Float64Array(n);
  for (let k = 0; k < SEGMENTS; k++) {
    const start = knots[k]!;
    const end = knots[k + 1]!;
    x.set(start);
    let remaining = 0;
    for (let m = 0; m < SEGMENT_MINUTES; m++) remaining += weights[k * SEGMENT_MINUTES + m]!;
    for (let m = 0; m < SEGMENT_MINUTES; m++) {
      const minute = k * SEGMENT_MINUTES + m;
      const w = weights[minute]!;
      if (m === SEGMENT_MINUTES - 1) {
        next.set(end);
      } else {
        const fraction = w / remaining;
        const spread = Math.sqrt((minuteDt * w * (remaining - w)) / remaining);
        for (let i = 0; i < n; i++) e[i] = rng.normal();
        for (let i = 0; i < n; i++) {
          let z = 0;
          for (let j = 0; j <= i; j++) z += cholesky[i * n + j]! * e[j]!;
          next[i] = x[i]! + fraction * (end[i]! - x[i]!) + sigma[i]! * spread * z;
        }
      }
      remaining -= w;
      for (let i = 0; i < n; i++) {
        const at = (offset + minute) * n + i;
        const b = next[i]! - x[i]!;
        const variance = sigma[i]! ** 2 * minuteDt * w;
        out.open[at] = x[i]!;
        out.close[at] = next[i]!;
        out.high[at] = x[i]! + bridgeMaximum(b, variance, rng.nextOpen());
        out.low[at] = x[i]! + bridgeMinimum(b, variance, rng.nextOpen());
        const noise = Math.exp(MINUTE_VOLUME_DISPERSION * rng.normal() - MINUTE_VOLUME_DISPERSION ** 2 / 2);
        out.volume[at] = Math.round((dayVolume[i]! * w * noise) / weightSum);
      }
      x.set(next);
    }
  }
}

/** Log-price OHLC and volume of many bars, one slot per (bar, instrument). */
interface OhlcvArrays {
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

function ohlcvArrays(size: number): OhlcvArrays {
  return { open: new Float64Array(size), high: new Float64Array(size), low: new Float64Array(size), close: new Float64Array(size), volume: new Float64Array(size) };
}

/** Maximum of a Brownian bridge from 0 to b with variance V, sampled by inversion with uniform u ∈ (0, 1]. */
function bridgeMaximum(b: number, variance: number, u: number): number {
  return (b + Math.sqrt(b * b - 2 * variance * Math.log(u))) / 2;
}

/** Minimum of a Brownian bridge from 0 to b with variance V (mirror image of the maximum). */
function bridgeMinimum(b: number, variance: number, u: number): number {
  return (b - Math.sqrt(b * b - 2 * variance * Math.log(u))) / 2;
}

/** Midnight-UTC epoch ms of each Monday–Friday in (endDate − years, endDate], ascending. */
function businessDays(endDate: Date, years: number): number[] {
  const end = endDate.getTime();
  if (!Number.isFinite(end)) throw new RangeError('generateHistory: endDate is not a valid date');
  if (!(years > 0) || !Number.isFinite(years)) throw new RangeError(`generateHistory: years must be positive, got ${years}`);
  const lastDay = Math.floor(end / DAY_MS) * DAY_MS;
  const firstExcluded = lastDay - Math.round(years * 365.2425) * DAY_MS;
  const days: number[] = [];
  for (let t = firstExcluded + DAY_MS; t <= lastDay; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(t);
  }
  if (days.length === 0) throw new RangeError('generateHistory: the range holds no business day');
  return days;
}
