/**
 * The market simulator: the default data feed when no data-source
 * credentials exist. `createDemoUniverse` (optionally calibrated from real
 * history by `calibrateFromPrices`) describes ~50 instruments;
 * `generateHistory` produces years of daily and recent minute bars for bulk
 * ingest; `MarketSimulator` publishes live quotes and minute bars on a `Clock`.
 */
export { ASSET_CLASSES, SYMBOL_PATTERN } from './InstrumentSpec.ts';
export type { AssetClass, InstrumentSpec, MarketUniverse, ProcessParams } from './InstrumentSpec.ts';
export { SeededRandom } from './SeededRandom.ts';
export { choleskyDecompose } from './choleskyDecompose.ts';
export { intradayVolatility, SESSION_OPEN_UTC_MINUTES, SESSION_CLOSE_UTC_MINUTES, SESSION_MINUTES } from './intradayVolatility.ts';
export { roundToTick, ticksToPrice } from './roundToTick.ts';
export { MarketModel, TRADING_DAYS_PER_YEAR, totalAnnualVolatility } from './MarketModel.ts';
export type { MarketModelOptions } from './MarketModel.ts';
export { buildFactorCorrelation } from './buildFactorCorrelation.ts';
export type { BuildFactorCorrelationOptions } from './buildFactorCorrelation.ts';
export { calibrateFromPrices } from './calibrateFromHistory.ts';
export type { CalibrateFromPricesOptions, HistoryCalibration, PriceCsv } from './calibrateFromHistory.ts';
export { createDemoUniverse, DEMO_FACTORS } from './createDemoUniverse.ts';
export type { CreateDemoUniverseOptions } from './createDemoUniverse.ts';
export { generateHistory, generateDailyBars, generateMinuteBars } from './generateHistory.ts';
export type { BarRow, GenerateHistoryOptions, GenerateMinuteBarsOptions } from './generateHistory.ts';
export { MarketSimulator, TRADING_YEAR_MS } from './MarketSimulator.ts';
export type { MarketSimulatorOptions, SimQuote, SimulatorLogger } from './MarketSimulator.ts';
export { parseDemoCalibration } from './parseDemoCalibration.ts';
