import { createBatchLoaders } from '@nautilus/runtime';
import DataLoader from 'dataloader';
import type pg from 'pg';
import type { RiskLimitBreachRow, RiskLimitRow, RiskReportRecord } from './service/types.ts';
import { findRiskLimitsByIds, findRiskLimitsOfPortfolios } from './store/riskLimits.ts';
import { findBreachesByKeys, findBreachesOfReports, findRiskReportHistories, findRiskReportsByIds } from './store/riskReports.ts';
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
      load: (ids) => findRiskReportsByIds(pool, ids),
      key: (r) => r.id,
    }),
    limitById: batch.byKey('limitById', {
      load: (ids) => findRiskLimitsByIds(pool, ids),
      key: (r) => r.id,
    }),
    limitsByPortfolio: batch.groupsByKey('limitsByPortfolio', {
      load: (ids) => findRiskLimitsOfPortfolios(pool, ids),
      key: (r) => r.portfolioId,
    }),
    breachesByReport: batch.groupsByKey('breachesByReport', {
      load: (ids) => findBreachesOfReports(pool, ids),
      key: (r) => r.reportId,
    }),
    breachById: batch.byKey('breachById', {
      load: (keys) => findBreachesByKeys(pool, keys.map(pair)),
      key: (r) => `${r.reportId}:${r.limitId}`,
    }),
    reportHistory: batch.groupsByKey('reportHistory', {
      load: (keys) => findRiskReportHistories(pool, keys.map((key) => ({ portfolioId: Number(pair(key)[0]), first: pair(key)[1], key }))),
      key: (r) => r.key,
      value: ({ key: _key, ...report }) => report,
    }),
  };
}
