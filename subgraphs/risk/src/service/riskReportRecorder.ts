import DataLoader from 'dataloader';
import type pg from 'pg';
import type { Bus } from '@nautilus/runtime';
import type { RiskReportRecord } from './types.ts';
import { writeRiskReports, type PendingRiskReport } from '../store/writeRiskReports.ts';

/**
 * The one write behind `Portfolio.riskReport`, made explicit. Asking for a
 * risk report is compute-and-record (the field's documentation says so): each
 * computed report is stored with its inputs so it can be reproduced and shows
 * in `riskReportHistory`, and the portfolio's limits are checked against it
 * (breaches are stored and published). The write is this recorder's, created
 * per request beside (not among) the read loaders; the reports computed in one
 * request are stored together in one transaction (writeRiskReports), so a
 * page of N portfolios costs a constant number of statements.
 */
export interface RiskReportRecorder {
  record(report: PendingRiskReport): Promise<RiskReportRecord>;
}

export interface CreateRiskReportRecorderOptions {
  pool: pg.Pool;
  /** Where breaches are published after commit. */
  bus: Bus;
  /** Observes each batch of writes (tests assert batching with it, as `reportWriter`). */
  onBatch?: (name: 'reportWriter', reports: readonly PendingRiskReport[]) => void;
}

export function createRiskReportRecorder({ pool, bus, onBatch }: CreateRiskReportRecorderOptions): RiskReportRecorder {
  // A batching queue, not a cache: every report is written.
  const batch = new DataLoader<PendingRiskReport, RiskReportRecord>(
    (reports) => {
      onBatch?.('reportWriter', reports);
      return writeRiskReports(pool, bus, reports);
    },
    { cache: false },
  );
  return { record: (report) => batch.load(report) };
}
