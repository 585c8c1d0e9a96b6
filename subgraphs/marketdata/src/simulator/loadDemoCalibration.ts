import { readFileSync } from 'node:fs';
import type { HistoryCalibration } from './calibrateFromHistory.ts';

/**
 * The committed calibration of the demo market (calibration.json, produced
 * from real daily prices by `npm run calibrate:simulator`), with the
 * round-to-6-decimals correlation re-symmetrised.
 */
export function loadDemoCalibration(): HistoryCalibration {
  const raw = JSON.parse(readFileSync(new URL('./calibration.json', import.meta.url), 'utf8')) as Omit<HistoryCalibration, 'from' | 'to'> & {
    from: string;
    to: string;
  };
  return { ...raw, from: new Date(raw.from), to: new Date(raw.to) };
}
