/**
 * `npm run calibrate:simulator` — re-estimates the demo market's drift,
 * volatility and correlations from the real daily prices in the team's
 * shared fixtures (../shared/fixtures/market beside the clone) and writes
 * src/domain/simulator/calibration.json, which the seed and the live feed load.
 * Committing the small result keeps `npm start` independent of the fixtures.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrateFromHistory } from '../src/service/simulatorCalibration.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = process.env.NAUTILUS_FIXTURES_DIR ?? path.resolve(here, '../../../../shared/fixtures');
const calibration = await calibrateFromHistory({
  pricesPath: path.join(fixtures, 'market/stock_prices.csv'),
  benchmarkPath: path.join(fixtures, 'market/spy_prices.csv'),
  lookbackYears: 5,
});
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const out = {
  source: 'shared/fixtures/market (stock_prices.csv, spy_prices.csv), 5-year window; see scripts/calibrateSimulator.ts',
  symbols: calibration.symbols,
  annualDrift: calibration.annualDrift.map(round),
  annualVol: calibration.annualVol.map(round),
  observations: calibration.observations,
  correlation: calibration.correlation.map((row) => row.map(round)),
  correlationObservations: calibration.correlationObservations,
  from: calibration.from.toISOString(),
  to: calibration.to.toISOString(),
};
const target = path.resolve(here, '../src/domain/simulator/calibration.json');
await writeFile(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${target}: ${out.symbols.length} symbols, ${out.from.slice(0, 10)} to ${out.to.slice(0, 10)}`);
