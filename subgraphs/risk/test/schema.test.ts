import { describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';

/** schema.prisma's risk models agree with migrations 0004 and 0006 (round-trip through the client). */
describe('risk models in schema.prisma agree with the SQL migration', () => {
  const db = useTestDb();

  it('round-trips RiskReport, RiskLimit and RiskLimitBreach', async () => {
    const report = await db.prisma.riskReport.create({
      data: { portfolioId: 1, asOf: new Date('2026-01-05T00:00:00Z'), method: 'parametric', confidence: 0.99, horizonDays: 10, var: 12.5, es: 14.25, inputs: { seed: 42 }, result: { stress: [] } },
    });
    const limit = await db.prisma.riskLimit.create({ data: { portfolioId: 1, kind: 'var', threshold: 10 } });
    await db.prisma.riskLimitBreach.create({ data: { reportId: report.id, limitId: limit.id, portfolioId: 1, value: 12.5, threshold: 10 } });
    const loaded = await db.prisma.riskReport.findUniqueOrThrow({ where: { id: report.id }, include: { breaches: { include: { limit: true } } } });
    expect(loaded).toMatchObject({ var: 12.5, es: 14.25, inputs: { seed: 42 }, breaches: [{ value: 12.5, limit: { kind: 'var', active: true } }] });
    await expect(db.prisma.riskLimit.create({ data: { portfolioId: 1, kind: 'gamma', threshold: 1 } })).rejects.toThrow(/risk_limit_kind_known/);
  });

  it('accepts the delta_gamma method (0006 widened risk_report_method_known) and still refuses unknown methods', async () => {
    const data = { portfolioId: 1, asOf: new Date('2026-01-05T00:00:00Z'), confidence: 0.99, horizonDays: 1, var: 1, es: 2, inputs: {}, result: {} };
    await expect(db.prisma.riskReport.create({ data: { ...data, method: 'delta_gamma' } })).resolves.toMatchObject({ method: 'delta_gamma' });
    await expect(db.prisma.riskReport.create({ data: { ...data, method: 'delta_gamma_theta' } })).rejects.toThrow(/risk_report_method_known/);
  });
});
