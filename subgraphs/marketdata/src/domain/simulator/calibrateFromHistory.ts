import { TRADING_DAYS_PER_YEAR } from './MarketModel.ts';

/** A price CSV's text and the name its errors quote (its path). */
export interface PriceCsv {
  text: string;
  name: string;
}

export interface CalibrateFromPricesOptions {
  /**
   * CSV of daily adjusted closes: header `date,SYM1,SYM2,…`, one row per
   * date (YYYY-MM-DD, ascending), blank cells where a symbol did not trade
   * (e.g. `shared/fixtures/market/stock_prices.csv`).
   */
  prices: PriceCsv;
  /** Optional second CSV in the same shape (e.g. `spy_prices.csv`), joined on date. */
  benchmark?: PriceCsv;
  /** Calendar years of history to use, counted back from the last common date (default 5). */
  lookbackYears?: number;
}

/** Estimates per symbol plus their correlation matrix, all from daily log returns. */
export interface HistoryCalibration {
  /** Columns in file order (prices file first, then benchmark). */
  symbols: string[];
  /** μ̂ = 252·mean(r) + σ̂²/2: expected simple return per year (GBM). */
  annualDrift: number[];
  /** σ̂ = √252·stdev(r). */
  annualVol: number[];
  /** Number of daily returns behind each symbol's drift and volatility. */
  observations: number[];
  /** Pearson correlation of log returns on dates where every symbol has one. */
  correlation: number[][];
  /** Number of complete-case return rows behind `correlation`. */
  correlationObservations: number;
  /** First and last date of the window used. */
  from: Date;
  to: Date;
}

/**
 * Calibrates drift, volatility and correlation from real daily closes, so the
 * demo's stocks move with realistic size and co-movement.
 *
 * Method: join the files on date (dates present in both), keep the last
 * `lookbackYears` calendar years, take daily log returns r_t = ln(P_t/P_{t−1})
 * between consecutive rows where both prices exist. Under GBM, r ~ N((μ −
 * σ²/2)/252, σ²/252), so σ̂ = √252·s and μ̂ = 252·r̄ + σ̂²/2 (Hull, "Options,
 * Futures, and Other Derivatives", §15.4). Each symbol uses all its returns in
 * the window (a late listing just has fewer); the correlation matrix uses only
 * complete rows, which keeps it positive semi-definite (pairwise deletion
 * need not). μ̂ is noisy (standard error σ/√years ≈ 10–20% a year here); callers
 * should shrink or clamp it before simulating.
 *
 * Pure: the files are read by `service/simulatorCalibration.ts` (`calibrateFromHistory`).
 *
 * @throws Error when a file has no header or an unparsable cell, or the window
 *   holds fewer than 60 complete return rows.
 */
export function calibrateFromPrices({ prices, benchmark, lookbackYears = 5 }: CalibrateFromPricesOptions): HistoryCalibration {
  const main = parsePriceCsv(prices.text, prices.name);
  const bench = benchmark ? parsePriceCsv(benchmark.text, benchmark.name) : undefined;
  const symbols = [...main.symbols, ...(bench?.symbols ?? [])];
  if (new Set(symbols).size !== symbols.length) throw new Error('calibrateFromHistory: a symbol appears in both files');

  let dates = main.dates;
  let rows = main.rows;
  if (bench) {
    const benchByDate = new Map(bench.dates.map((d, i) => [d, bench.rows[i]!]));
    const keep = dates.map((d, i) => [d, i] as const).filter(([d]) => benchByDate.has(d));
    dates = keep.map(([d]) => d);
    rows = keep.map(([d, i]) => [...main.rows[i]!, ...benchByDate.get(d)!]);
  }
  const last = dates[dates.length - 1];
  if (last === undefined) throw new Error('calibrateFromHistory: no common dates');
  const lastDate = new Date(`${last}T00:00:00Z`);
  const cutoff = new Date(lastDate);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - lookbackYears);
  const start = dates.findIndex((d) => new Date(`${d}T00:00:00Z`) >= cutoff);
  dates = dates.slice(start);
  rows = rows.slice(start);

  const n = symbols.length;
  const returns: number[][] = []; // rows of returns, NaN where missing
  for (let t = 1; t < rows.length; t++) {
    const prev = rows[t - 1]!;
    const cur = rows[t]!;
    returns.push(symbols.map((_, j) => Math.log(cur[j]! / prev[j]!)));
  }

  const annualDrift: number[] = [];
  const annualVol: number[] = [];
  const observations: number[] = [];
  for (let j = 0; j < n; j++) {
    const r = returns.map((row) => row[j]!).filter(Number.isFinite);
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    const variance = r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1);
    const vol = Math.sqrt(variance * TRADING_DAYS_PER_YEAR);
    annualVol.push(vol);
    annualDrift.push(mean * TRADING_DAYS_PER_YEAR + (vol * vol) / 2);
    observations.push(r.length);
  }

  const complete = returns.filter((row) => row.every(Number.isFinite));
  if (complete.length < 60) throw new Error(`calibrateFromHistory: only ${complete.length} complete return rows in the window`);
  const means = symbols.map((_, j) => complete.reduce((a, row) => a + row[j]!, 0) / complete.length);
  const cov = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of complete) {
    for (let i = 0; i < n; i++) {
      const di = row[i]! - means[i]!;
      for (let j = 0; j <= i; j++) cov[i]![j] = cov[i]![j]! + di * (row[j]! - means[j]!);
    }
  }
  const correlation = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    correlation[i]![i] = 1;
    for (let j = 0; j < i; j++) {
      const rho = cov[i]![j]! / Math.sqrt(cov[i]![i]! * cov[j]![j]!);
      correlation[i]![j] = rho;
      correlation[j]![i] = rho;
    }
  }

  return {
    symbols,
    annualDrift,
    annualVol,
    observations,
    correlation,
    correlationObservations: complete.length,
    from: new Date(`${dates[0]!}T00:00:00Z`),
    to: lastDate,
  };
}

interface PriceTable {
  symbols: string[];
  dates: string[];
  /** NaN where the cell is blank. */
  rows: number[][];
}

function parsePriceCsv(text: string, path: string): PriceTable {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header || header.length < 2 || header[0]?.toLowerCase() !== 'date') {
    throw new Error(`calibrateFromHistory: ${path} must start with a 'date,SYMBOL,…' header`);
  }
  const symbols = header.slice(1);
  const dates: string[] = [];
  const rows: number[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(',');
    const date = cells[0]!.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`calibrateFromHistory: ${path} line ${i + 1}: bad date '${date}'`);
    const values = symbols.map((_, j) => {
      const cell = (cells[j + 1] ?? '').trim();
      if (cell === '') return Number.NaN;
      const value = Number(cell);
      if (!(value > 0)) throw new Error(`calibrateFromHistory: ${path} line ${i + 1}: bad price '${cell}'`);
      return value;
    });
    dates.push(date);
    rows.push(values);
  }
  return { symbols, dates, rows };
}
