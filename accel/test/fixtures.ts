import { readFileSync } from 'node:fs';
import { matrix, type Matrix } from '../src/index.ts';

const DIR = new URL('../../../shared/fixtures/market/', import.meta.url);
const fallbackDir = '/work/shared/fixtures/market/';

function read(name: string): string {
  try {
    return readFileSync(new URL(name, DIR), 'utf8');
  } catch {
    return readFileSync(fallbackDir + name, 'utf8');
  }
}

/** Real daily closes (PyPortfolioOpt test data): header tickers and rows of numbers (NaN where blank). */
export function loadStockPrices(): { tickers: string[]; dates: string[]; prices: number[][] } {
  const lines = read('stock_prices.csv').trim().split('\n');
  const tickers = lines[0]!.split(',').slice(1);
  const dates: string[] = [];
  const prices: number[][] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    dates.push(cells[0]!);
    prices.push(cells.slice(1).map((c) => (c === '' ? Number.NaN : Number(c))));
  }
  return { tickers, dates, prices };
}

/**
 * T×N daily simple returns of the tickers that have prices on every one of the
 * last `days + 1` rows.
 */
export function recentReturns(days: number, maxAssets = 20): { tickers: string[]; returns: Matrix; prices: number[][] } {
  const { tickers, prices } = loadStockPrices();
  const tail = prices.slice(-(days + 1));
  const cols = tickers.map((_, j) => j).filter((j) => tail.every((row) => Number.isFinite(row[j]!) && row[j]! > 0)).slice(0, maxAssets);
  const r = matrix(days, cols.length);
  for (let t = 0; t < days; t++) cols.forEach((j, k) => (r.data[t * cols.length + k] = tail[t + 1]![j]! / tail[t]![j]! - 1));
  return { tickers: cols.map((j) => tickers[j]!), returns: r, prices: tail.map((row) => cols.map((j) => row[j]!)) };
}
