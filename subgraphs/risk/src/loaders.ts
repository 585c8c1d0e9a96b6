import { createBatchLoaders } from '@nautilus/runtime';
import DataLoader from 'dataloader';
import type pg from 'pg';
import {
  RISK_LIMIT_BREACH_COLUMNS,
  RISK_LIMIT_COLUMNS,
  RISK_REPORT_COLUMNS,
  type RiskLimitBreachRow,
  type RiskLimitRow,
  type RiskReportRecord,
} from './service/types.ts';
import { findInstrumentTerms, findUnderlyingPrices, type InstrumentTerms } from './service/findOptionInputs.ts';
import { findDailyCloses, type DailyClose } from '@nautilus/marketdata/reads';

/**
 * Per-request dataloaders (a new set for every request, so nothing is cached
 * across users or over time): N reports, limits or portfolios cost one query.
 */
export interface RiskLoaders {
  reportById: DataLoader<string, RiskReportRecord | null>;
  limitById: DataLoader<number, RiskLimitRow | null>;
  limitsByPortfolio: DataLoader<number, RiskLimitRow[]>;
  breachesByReport: DataLoader<string, RiskLimitBreachRow[]>;
  /** Key `reportId:limitId`. */
  breachById: DataLoader<string, RiskLimitBreachRow | null>;
  /** Key `portfolioId:first`: the newest `first` reports of a portfolio. */
  reportHistory: DataLoader<string, RiskReportRecord[]>;
  /** Key `instrumentId@asOfMillis`: daily closes up to asOf (one read per distinct asOf). */
  dailyCloses: DataLoader<string, DailyClose[]>;
  /** Asset class, currency, multiplier and option contract per instrument id (findOptionInputs.ts). */
  instrumentTerms: DataLoader<number, InstrumentTerms | null>;
  /** Latest price of an option underlying the book does not hold (findOptionInputs.ts). */
  underlyingPrice: DataLoader<number, number | null>;
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  /** Observes each batch (tests assert batching with it). */
  onBatch?: (loader: keyof RiskLoaders, keys: readonly unknown[]) => void;
}

const pair = (key: string) => {
  const m = /^(\d{1,18}):(\d{1,9})$/.exec(key);
  return m ? [m[1]!, Number(m[2])] as const : (['-1', -1] as const);
};

export function createLoaders({ pool, onBatch }: CreateLoadersOptions): RiskLoaders {
  const batch = createBatchLoaders<RiskLoaders>({ onBatch });
  return {
    dailyCloses: batch.groupsByKey('dailyCloses', {
      load: async (keys) => {
        const byAsOf = new Map<number, number[]>();
        for (const key of keys) {
          const [id, asOf] = key.split('@').map(Number) as [number, number];
          const ids = byAsOf.get(asOf);
          if (ids) ids.push(id);
          else byAsOf.set(asOf, [id]);
        }
        const found = new Map<string, DailyClose[]>();
        for (const [asOf, ids] of byAsOf) {
          const series = await findDailyCloses(pool, { instrumentIds: [...new Set(ids)], to: new Date(asOf) });
          for (const [id, closes] of series) found.set(`${id}@${asOf}`, closes);
        }
        return found;
      },
    }),
    instrumentTerms: batch.byKey('instrumentTerms', { load: (ids) => findInstrumentTerms(pool, ids) }),
    underlyingPrice: batch.byKey('underlyingPrice', { load: (ids) => findUnderlyingPrices(pool, ids) }),
    reportById: batch.byKey('reportById', {
      load: async (ids) => (await pool.query<RiskReportRecord>(`SELECT ${RISK_REPORT_COLUMNS} FROM risk.risk_report WHERE id = ANY($1::bigint[])`, [ids])).rows,
      key: (r) => r.id,
    }),
    limitById: batch.byKey('limitById', {
      load: async (ids) => (await pool.query<RiskLimitRow>(`SELECT ${RISK_LIMIT_COLUMNS} FROM risk.risk_limit WHERE id = ANY($1::int[])`, [ids])).rows,
      key: (r) => r.id,
    }),
    limitsByPortfolio: batch.groupsByKey('limitsByPortfolio', {
      load: async (ids) => (await pool.query<RiskLimitRow>(`SELECT ${RISK_LIMIT_COLUMNS} FROM risk.risk_limit WHERE portfolio_id = ANY($1::int[]) ORDER BY id`, [ids])).rows,
      key: (r) => r.portfolioId,
    }),
    breachesByReport: batch.groupsByKey('breachesByReport', {
      load: async (ids) =>
        (await pool.query<RiskLimitBreachRow>(`SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk.risk_limit_breach WHERE report_id = ANY($1::bigint[]) ORDER BY limit_id`, [ids])).rows,
      key: (r) => r.reportId,
    }),
    breachById: batch.byKey('breachById', {
      load: async (keys) => {
        const pairs = keys.map(pair);
        const { rows } = await pool.query<RiskLimitBreachRow>(
          `SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk.risk_limit_breach
            WHERE (report_id, limit_id) IN (SELECT * FROM unnest($1::bigint[], $2::int[]))`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        );
        return rows;
      },
      key: (r) => `${r.reportId}:${r.limitId}`,
    }),
    reportHistory: batch.groupsByKey('reportHistory', {
      load: async (keys) => {
        const pairs = keys.map(pair);
        const { rows } = await pool.query<RiskReportRecord & { key: string }>(
          `SELECT k.key, r.* FROM unnest($1::int[], $2::int[], $3::text[]) AS k(portfolio_id, first, key)
             CROSS JOIN LATERAL (SELECT ${RISK_REPORT_COLUMNS} FROM risk.risk_report
                                  WHERE portfolio_id = k.portfolio_id ORDER BY created_at DESC, id DESC LIMIT k.first) r`,
          [pairs.map((p) => Number(p[0])), pairs.map((p) => p[1]), keys],
        );
        return rows;
      },
      key: (r) => r.key,
      value: ({ key: _key, ...report }) => report,
    }),
  };
}
