import type { Refine, RiskLimit, RiskLimitBreach, RiskReport, SqlRow } from '@nautilus/db';
import type { CorrelationSummary } from '../domain/summarizeCorrelation.ts';
/**
 * Row and record shapes shared by the risk services and resolvers (no GraphQL types here). Rows of
 * the `risk` tables derive from the models of `prisma/schema.prisma` (`SqlRow`: bigint ids read as
 * text, as the column lists cast them; `Refine` for the upper-cased enums and the typed JSON).
 */

/** The VaR methods, as the SDL spells them. */
export type VaRMethod = 'HISTORICAL' | 'FILTERED_HISTORICAL' | 'PARAMETRIC' | 'CORNISH_FISHER' | 'DELTA_GAMMA' | 'MONTE_CARLO';

export const VAR_METHODS: readonly VaRMethod[] = ['HISTORICAL', 'FILTERED_HISTORICAL', 'PARAMETRIC', 'CORNISH_FISHER', 'DELTA_GAMMA', 'MONTE_CARLO'];

/** One open position as the gateway hands it over (@requires: positions { quantity instrument { id symbol lastPrice } }). */
export interface RequiredPosition {
  quantity: number;
  instrument: { id: string; symbol: string; lastPrice?: number | null };
}

/**
 * The Portfolio entity as risk sees it: the key, plus the positions the
 * gateway fetched from portfolio and marketdata when a field that @requires
 * them was asked for (absent otherwise).
 */
export interface PortfolioRepresentation {
  id: string;
  positions?: RequiredPosition[] | null;
}

/** A position valued at its last price: what every risk computation starts from. */
export interface HeldPosition {
  instrumentId: number;
  symbol: string;
  quantity: number;
  price: number;
  /** quantity × (multiplier ×) price, in the portfolio's currency. */
  value: number;
}

/**
 * A held position mapped onto a risk factor (a column of daily returns): a
 * linear holding is its own factor with δ = value and Γ = 0; an option moves
 * with its underlying's factor, P&L ≈ δ·r + ½Γ·r² for a return r of the
 * underlying. Without `factor`, estimateRisk takes position i to be factor i
 * and the position linear (the backtest's case).
 */
export interface RiskPosition extends HeldPosition {
  /** Index of the factor in `returns`. */
  factor?: number;
  /** Dollar delta ∂V/∂r = q·m·Δ·S (the value for a linear holding). */
  delta?: number;
  /** Dollar gamma ∂²V/∂r² = q·m·Γ·S² (0 for a linear holding). */
  gamma?: number;
}

/** Greeks in currency (units in schema.graphql, PortfolioGreeks). */
export interface CurrencyGreeks {
  delta: number;
  gamma: number;
  vega: number;
  theta: number;
  rho: number;
}

export interface PortfolioGreeks extends CurrencyGreeks {
  byUnderlying: Array<CurrencyGreeks & { symbol: string; spot: number; volatility: number }>;
}

export interface ExposureBucket {
  key: string;
  gross: number;
  net: number;
  share: number;
}

export interface Exposures {
  byAssetClass: ExposureBucket[];
  byCurrency: ExposureBucket[];
}

/** LIVE: the last prices federation handed over; CLOSE: daily closes on or before a past asOf. */
export type Valuation = 'LIVE' | 'CLOSE';

export interface VarContribution {
  symbol: string;
  weight: number;
  marginalVar: number;
  componentVar: number;
}

export interface StressResult {
  scenario: string;
  pnl: number;
  return: number;
}

export interface ComputedWith {
  backend: string;
  paths: number;
  millis: number;
}

/** What `risk_report.result` stores. */
export interface RiskReportResult {
  portfolioValue: number;
  grossExposure: number;
  volatility: number;
  maxDrawdown: number;
  contributions: VarContribution[];
  stress: StressResult[];
  computedWith: ComputedWith;
  /** Absent on reports stored before valuation, Greeks and exposures were added (all LIVE then). */
  valuation?: Valuation;
  greeks?: PortfolioGreeks;
  exposures?: Exposures;
  /** Absent on reports stored before it was computed. */
  correlation?: CorrelationSummary;
}

/** A stored report (the `RiskReport` GraphQL type's parent). */
export type RiskReportRecord = Refine<
  SqlRow<Pick<RiskReport, 'id' | 'portfolioId' | 'asOf' | 'method' | 'confidence' | 'horizonDays' | 'var' | 'es' | 'result' | 'createdAt'>>,
  { method: VaRMethod; result: RiskReportResult }
>;

export const RISK_REPORT_COLUMNS = `id::text AS id, portfolio_id AS "portfolioId", as_of AS "asOf", upper(method) AS method, confidence,
  horizon_days AS "horizonDays", var, es, result, created_at AS "createdAt"`;

export type RiskLimitKind = 'VAR' | 'EXPOSURE' | 'CONCENTRATION' | 'DRAWDOWN';

export type RiskLimitRow = Refine<Pick<RiskLimit, 'id' | 'portfolioId' | 'kind' | 'threshold' | 'active' | 'createdAt'>, { kind: RiskLimitKind }>;

export const RISK_LIMIT_COLUMNS = `id, portfolio_id AS "portfolioId", upper(kind) AS kind, threshold, active, created_at AS "createdAt"`;

export type RiskLimitBreachRow = SqlRow<Pick<RiskLimitBreach, 'reportId' | 'limitId' | 'portfolioId' | 'value' | 'threshold'>>;

export const RISK_LIMIT_BREACH_COLUMNS = `report_id::text AS "reportId", limit_id AS "limitId", portfolio_id AS "portfolioId", value, threshold`;

export interface Exceedance {
  date: Date;
  pnl: number;
  var: number;
}

export interface VarBacktestResult {
  confidence: number;
  method: VaRMethod;
  windowDays: number;
  exceptions: number;
  kupiecStatistic: number;
  kupiecPValue: number;
  christoffersenStatistic: number;
  christoffersenPValue: number;
  zone: 'GREEN' | 'YELLOW' | 'RED';
  exceedances: Exceedance[];
}
