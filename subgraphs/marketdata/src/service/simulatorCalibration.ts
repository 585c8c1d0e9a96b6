import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { calibrateFromPrices, parseDemoCalibration, type HistoryCalibration } from '../domain/simulator/index.ts';

export interface CalibrateFromHistoryOptions {
  /** CSV of daily adjusted closes, `date,SYM1,SYM2,…` (e.g. `shared/fixtures/market/stock_prices.csv`). */
  pricesPath: string;
  /** Optional second CSV in the same shape (e.g. `spy_prices.csv`), joined on date. */
  benchmarkPath?: string;
  /** Calendar years of history to use, counted back from the last common date (default 5). */
  lookbackYears?: number;
}

/**
 * Reads the price files and calibrates drift, volatility and correlation from them
 * (`calibrateFromPrices`, domain/simulator). Throws when a file cannot be read or parsed.
 */
export async function calibrateFromHistory({ pricesPath, benchmarkPath, lookbackYears }: CalibrateFromHistoryOptions): Promise<HistoryCalibration> {
  const prices = { text: await readFile(pricesPath, 'utf8'), name: pricesPath };
  const benchmark = benchmarkPath ? { text: await readFile(benchmarkPath, 'utf8'), name: benchmarkPath } : undefined;
  return calibrateFromPrices({ prices, benchmark, lookbackYears });
}

/** Where `npm run calibrate:simulator` writes the demo market's calibration and the seed and feed read it. */
export const DEMO_CALIBRATION_URL = new URL('../domain/simulator/calibration.json', import.meta.url);

/** The committed calibration of the demo market (domain/simulator/calibration.json). */
export function loadDemoCalibration(): HistoryCalibration {
  return parseDemoCalibration(readFileSync(DEMO_CALIBRATION_URL, 'utf8'));
}
