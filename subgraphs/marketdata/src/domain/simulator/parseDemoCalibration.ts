import type { HistoryCalibration } from './calibrateFromHistory.ts';

/**
 * The committed calibration of the demo market (the text of calibration.json, produced from real
 * daily prices by `npm run calibrate:simulator`) with its dates as `Date`s. Pure: the file is read
 * by `service/simulatorCalibration.ts` (`loadDemoCalibration`).
 */
export function parseDemoCalibration(json: string): HistoryCalibration {
  const raw = JSON.parse(json) as Omit<HistoryCalibration, 'from' | 'to'> & { from: string; to: string };
  return { ...raw, from: new Date(raw.from), to: new Date(raw.to) };
}
