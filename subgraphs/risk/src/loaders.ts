import { groupByKey, type Bus } from '@nautilus/runtime';
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
import { findDailyCloses, type DailyClose } from '@nautilus/db';
import { writeRiskReports, type PendingRiskReport } from './service/writeRiskReports.ts';

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
  /** Stores the reports computed in one request together (see writeRiskReports). */
  reportWriter: DataLoader<PendingRiskReport, RiskReportRecord>;
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  /** Where report writes publish limit breaches. */
  bus: Bus;
  /** Observes each batch (tests assert batching with it). */
  onBatch?: (loader: keyof RiskLoaders, keys: readonly unknown[]) => void;
}

const pair = (key: string) => {
  const m = /^(\d{1,18}):(\d{1,9})$/.exec(key);
  return m ? [m[1]!, Number(m[2])] as const : (['-1', -1] as const);
};

export function createLoaders({ pool, bus, onBatch }: CreateLoadersOptions): RiskLoaders {
  return {
    dailyCloses: new DataLoader(async (keys) => {
      onBatch?.('dailyCloses', keys);
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
      return keys.map((key) => found.get(key) ?? []);
    }),
    instrumentTerms: new DataLoader(async (ids) => {
      onBatch?.('instrumentTerms', ids);
      const terms = await findInstrumentTerms(pool, ids);
      return ids.map((id) => terms.get(id) ?? null);
    }),
    underlyingPrice: new DataLoader(async (ids) => {
      onBatch?.('underlyingPrice', ids);
      const prices = await findUnderlyingPrices(pool, ids);
      return ids.map((id) => prices.get(id) ?? null);
    }),
    reportWriter: new DataLoader((pending) => {
      onBatch?.('reportWriter', pending);
      return writeRiskReports(pool, bus, pending);
    }, { cache: false }),
    reportById: new DataLoader(async (ids) => {
      onBatch?.('reportById', ids);
      const { rows } = await pool.query<RiskReportRecord>(`SELECT ${RISK_REPORT_COLUMNS} FROM risk_report WHERE id = ANY($1::bigint[])`, [ids]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    limitById: new DataLoader(async (ids) => {
      onBatch?.('limitById', ids);
      const { rows } = await pool.query<RiskLimitRow>(`SELECT ${RISK_LIMIT_COLUMNS} FROM risk_limit WHERE id = ANY($1::int[])`, [ids]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    limitsByPortfolio: new DataLoader(async (ids) => {
      onBatch?.('limitsByPortfolio', ids);
      const { rows } = await pool.query<RiskLimitRow>(`SELECT ${RISK_LIMIT_COLUMNS} FROM risk_limit WHERE portfolio_id = ANY($1::int[]) ORDER BY id`, [ids]);
      return groupByKey(ids, rows, (r) => r.portfolioId);
    }),
    breachesByReport: new DataLoader(async (ids) => {
      onBatch?.('breachesByReport', ids);
      const { rows } = await pool.query<RiskLimitBreachRow>(`SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk_limit_breach WHERE report_id = ANY($1::bigint[]) ORDER BY limit_id`, [ids]);
      return groupByKey(ids, rows, (r) => r.reportId);
    }),
    breachById: new DataLoader(async (keys) => {
      onBatch?.('breachById', keys);
      const pairs = keys.map(pair);
      const { rows } = await pool.query<RiskLimitBreachRow>(
        `SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk_limit_breach
          WHERE (report_id, limit_id) IN (SELECT * FROM unnest($1::bigint[], $2::int[]))`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const found = new Map(rows.map((r) => [`${r.reportId}:${r.limitId}`, r]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    reportHistory: new DataLoader(async (keys) => {
      onBatch?.('reportHistory', keys);
      const pairs = keys.map(pair);
      const { rows } = await pool.query<RiskReportRecord & { key: string }>(
        `SELECT k.key, r.* FROM unnest($1::int[], $2::int[], $3::text[]) AS k(portfolio_id, first, key)
           CROSS JOIN LATERAL (SELECT ${RISK_REPORT_COLUMNS} FROM risk_report
                                WHERE portfolio_id = k.portfolio_id ORDER BY created_at DESC, id DESC LIMIT k.first) r`,
        [pairs.map((p) => Number(p[0])), pairs.map((p) => p[1]), keys],
      );
      return groupByKey(keys, rows, (r) => r.key).map((list) => list.map(({ key: _key, ...report }) => report));
    }),
  };
}
