import type { Bus } from '@nautilus/runtime';
import type { RiskLimitRow, RiskReportRecord } from './types.ts';

/**
 * Publishes one `risk.limit.breached` event per breach. Call only after the
 * report's transaction committed: subscribers look the breach up by id, so it
 * must be readable. The bus is at-most-once; the breach rows are the record.
 */
export async function publishBreaches(bus: Bus, report: RiskReportRecord, breaches: ReadonlyArray<{ limit: RiskLimitRow; value: number }>): Promise<void> {
  for (const { limit, value } of breaches) {
    await bus.publish('risk.limit.breached', {
      breachId: `${report.id}:${limit.id}`,
      reportId: report.id,
      limitId: String(limit.id),
      portfolioId: String(report.portfolioId),
      kind: limit.kind,
      value,
      threshold: limit.threshold,
    });
  }
}
