/** Row and record shapes shared by the risk services and resolvers (no GraphQL types here). */

/** The VaR methods, as the SDL spells them. */
export type VaRMethod = 'HISTORICAL' | 'FILTERED_HISTORICAL' | 'PARAMETRIC' | 'CORNISH_FISHER' | 'MONTE_CARLO';

export const VAR_METHODS: readonly VaRMethod[] = ['HISTORICAL', 'FILTERED_HISTORICAL', 'PARAMETRIC', 'CORNISH_FISHER', 'MONTE_CARLO'];

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
  /** quantity × price, in the portfolio's currency. */
  value: number;
}

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
}

/** A stored report (the `RiskReport` GraphQL type's parent). */
export interface RiskReportRecord {
  id: string;
  portfolioId: number;
  asOf: Date;
  method: VaRMethod;
  confidence: number;
  horizonDays: number;
  var: number;
  es: number;
  result: RiskReportResult;
  createdAt: Date;
}

export const RISK_REPORT_COLUMNS = `id::text AS id, portfolio_id AS "portfolioId", as_of AS "asOf", upper(method) AS method, confidence,
  horizon_days AS "horizonDays", var, es, result, created_at AS "createdAt"`;

export type RiskLimitKind = 'VAR' | 'EXPOSURE' | 'CONCENTRATION' | 'DRAWDOWN';

export interface RiskLimitRow {
  id: number;
  portfolioId: number;
  kind: RiskLimitKind;
  threshold: number;
  active: boolean;
  createdAt: Date;
}

export const RISK_LIMIT_COLUMNS = `id, portfolio_id AS "portfolioId", upper(kind) AS kind, threshold, active, created_at AS "createdAt"`;

export interface RiskLimitBreachRow {
  reportId: string;
  limitId: number;
  portfolioId: number;
  value: number;
  threshold: number;
}

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
