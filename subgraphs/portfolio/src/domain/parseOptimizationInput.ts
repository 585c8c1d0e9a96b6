import { badInput, parseText, quoteInput } from '@nautilus/runtime';

/**
 * Validation of optimizePortfolio's inputs that needs no database: each
 * problem is a BAD_USER_INPUT naming the input path (`constraints.groups[1].symbols[0]`).
 */

export type OptimizationMethod =
  | 'MIN_VARIANCE'
  | 'MAX_SHARPE'
  | 'TARGET_RETURN'
  | 'TARGET_VOLATILITY'
  | 'RISK_PARITY'
  | 'HRP'
  | 'BLACK_LITTERMAN'
  | 'MEAN_CVAR'
  | 'MIN_TRACKING_ERROR';

export type CovarianceEstimatorName = 'SAMPLE' | 'LEDOIT_WOLF' | 'EWMA';

export interface WeightGroupInput {
  name: string;
  symbols?: readonly string[] | null;
  assetClass?: string | null;
  minWeight?: number | null;
  maxWeight?: number | null;
}

export interface OptimizationConstraintsInput {
  longOnly?: boolean | null;
  minWeight?: number | null;
  maxWeight?: number | null;
  targetReturn?: number | null;
  targetVolatility?: number | null;
  riskFreeRate?: number | null;
  lookbackDays?: number | null;
  covariance?: CovarianceEstimatorName | null;
  ewmaLambda?: number | null;
  groups?: readonly WeightGroupInput[] | null;
  maxTurnover?: number | null;
  maxTrackingError?: number | null;
  benchmarkSymbol?: string | null;
  cvarConfidence?: number | null;
}

export interface BlackLittermanViewInput {
  symbol: string;
  relativeTo?: string | null;
  expectedReturn: number;
  confidence?: number | null;
}

export interface BlackLittermanOptionsInput {
  riskAversion?: number | null;
  tau?: number | null;
  marketWeights?: ReadonlyArray<{ symbol: string; weight: number }> | null;
  views?: readonly BlackLittermanViewInput[] | null;
  viewUncertainty?: 'IDZOREK' | 'PROPORTIONAL' | null;
  objective?: 'MAX_SHARPE' | 'MAX_UTILITY' | null;
}

/** Fewest daily returns an optimisation accepts. */
export const MIN_OBSERVATIONS = 30;

const finite = (field: string, v: number | null | undefined): number | undefined => {
  if (v == null) return undefined;
  if (!Number.isFinite(v)) throw badInput(field, `must be a finite number, got ${v}`);
  return v;
};

export interface ParsedConstraints {
  lookbackDays: number;
  longOnly: boolean;
  lower: number | undefined;
  upper: number | undefined;
  targetReturn: number | undefined;
  targetVolatility: number | undefined;
  riskFreeRate: number;
  covariance: CovarianceEstimatorName;
  ewmaLambda: number;
  maxTurnover: number | undefined;
  maxTrackingError: number | undefined;
  cvarConfidence: number;
}

/** Scalar constraints, and the ones a method cannot take. */
export function parseConstraints(method: OptimizationMethod, c: OptimizationConstraintsInput): ParsedConstraints {
  const lookbackDays = c.lookbackDays ?? 252;
  if (!Number.isInteger(lookbackDays) || lookbackDays < MIN_OBSERVATIONS || lookbackDays > 5000) {
    throw badInput('constraints.lookbackDays', `must be an integer in [${MIN_OBSERVATIONS}, 5000], got ${lookbackDays}`);
  }
  const longOnly = c.longOnly ?? true;
  const lower = finite('constraints.minWeight', c.minWeight);
  const upper = finite('constraints.maxWeight', c.maxWeight);
  if (lower !== undefined && upper !== undefined && lower > upper) throw badInput('constraints.minWeight', `must not exceed maxWeight (${upper}), got ${lower}`);
  if (longOnly && lower !== undefined && lower < 0) throw badInput('constraints.minWeight', `must be ≥ 0 when longOnly, got ${lower}`);
  const targetReturn = finite('constraints.targetReturn', c.targetReturn);
  const targetVolatility = finite('constraints.targetVolatility', c.targetVolatility);
  if (targetVolatility !== undefined && targetVolatility <= 0) throw badInput('constraints.targetVolatility', `must be > 0, got ${targetVolatility}`);
  const riskFreeRate = finite('constraints.riskFreeRate', c.riskFreeRate) ?? 0;
  const covariance = c.covariance ?? 'LEDOIT_WOLF';
  const ewmaLambda = finite('constraints.ewmaLambda', c.ewmaLambda) ?? 0.94;
  if (!(ewmaLambda > 0 && ewmaLambda < 1)) throw badInput('constraints.ewmaLambda', `must be in (0, 1), got ${ewmaLambda}`);
  const maxTurnover = finite('constraints.maxTurnover', c.maxTurnover);
  if (maxTurnover !== undefined && (maxTurnover < 0 || maxTurnover > 2)) throw badInput('constraints.maxTurnover', `must be in [0, 2], got ${maxTurnover}`);
  const maxTrackingError = finite('constraints.maxTrackingError', c.maxTrackingError);
  if (maxTrackingError !== undefined && maxTrackingError <= 0) throw badInput('constraints.maxTrackingError', `must be > 0, got ${maxTrackingError}`);
  const cvarConfidence = finite('constraints.cvarConfidence', c.cvarConfidence) ?? 0.95;
  if (!(cvarConfidence > 0 && cvarConfidence < 1)) throw badInput('constraints.cvarConfidence', `must be in (0, 1), got ${cvarConfidence}`);
  if (method === 'RISK_PARITY' || method === 'HRP') {
    const unsupported: Array<[string, unknown]> = [['groups', c.groups?.length ? c.groups : undefined], ['maxTurnover', maxTurnover], ['maxTrackingError', maxTrackingError]];
    for (const [field, value] of unsupported) {
      if (value !== undefined) throw badInput(`constraints.${field}`, `is not supported by ${method}: its solver takes the budget only (use a mean-variance method or MEAN_CVAR)`);
    }
  }
  if (method === 'TARGET_RETURN' && targetReturn === undefined) throw badInput('constraints.targetReturn', 'is required for TARGET_RETURN');
  if (method === 'TARGET_VOLATILITY' && targetVolatility === undefined) throw badInput('constraints.targetVolatility', 'is required for TARGET_VOLATILITY');
  return { lookbackDays, longOnly, lower, upper, targetReturn, targetVolatility, riskFreeRate, covariance, ewmaLambda, maxTurnover, maxTrackingError, cvarConfidence };
}

export interface Holding {
  instrumentId: number;
  symbol: string;
  assetClass: string;
  quantity: number;
}

/** Groups as holding indices: exactly one of symbols / assetClass, members held, limits finite and ordered. */
export function parseGroups(groups: readonly WeightGroupInput[] | null | undefined, holdings: readonly Holding[]): { assets: number[]; min?: number; max?: number; name: string }[] {
  const index = new Map(holdings.map((h, i) => [h.symbol, i]));
  return (groups ?? []).map((g, k) => {
    const field = `constraints.groups[${k}]`;
    if (!g.name?.trim()) throw badInput(`${field}.name`, 'must not be empty');
    parseText(g.name, `${field}.name`);
    const bySymbols = g.symbols != null;
    const byClass = g.assetClass != null;
    if (bySymbols === byClass) throw badInput(field, 'give exactly one of symbols and assetClass');
    let assets: number[];
    if (bySymbols) {
      if (g.symbols!.length === 0) throw badInput(`${field}.symbols`, 'must list at least one holding');
      const seen = new Set<number>();
      assets = g.symbols!.map((symbol, j) => {
        const i = index.get(symbol);
        if (i === undefined) throw badInput(`${field}.symbols[${j}]`, `${quoteInput(symbol)} is not a holding of the portfolio`);
        if (seen.has(i)) throw badInput(`${field}.symbols[${j}]`, `${symbol} is listed twice`);
        seen.add(i);
        return i;
      });
    } else {
      const wanted = g.assetClass!.trim().toLowerCase();
      assets = holdings.flatMap((h, i) => (h.assetClass.toLowerCase() === wanted ? [i] : []));
      if (assets.length === 0) throw badInput(`${field}.assetClass`, `no holding has asset class ${quoteInput(g.assetClass)} (held: ${[...new Set(holdings.map((h) => h.assetClass))].join(', ')})`);
    }
    const min = finite(`${field}.minWeight`, g.minWeight);
    const max = finite(`${field}.maxWeight`, g.maxWeight);
    if (min === undefined && max === undefined) throw badInput(field, 'give minWeight and/or maxWeight');
    if (min !== undefined && max !== undefined && min > max) throw badInput(`${field}.minWeight`, `must not exceed maxWeight (${max}), got ${min}`);
    return { assets, name: g.name, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  });
}

export interface ParsedBlackLitterman {
  riskAversion: number;
  tau: number;
  /** Explicit market weights per holding, or undefined for the current weights. */
  marketWeights: Float64Array | undefined;
  /** Views in daily units: p (per holding), q = annual/252, confidence. */
  views: { portfolio: Float64Array; expectedReturn: number; confidence: number }[];
  viewUncertainty: 'idzorek' | 'proportional';
  objective: 'MAX_SHARPE' | 'MAX_UTILITY';
}

export function parseBlackLitterman(input: BlackLittermanOptionsInput | null | undefined, holdings: readonly Holding[], periodsPerYear: number): ParsedBlackLitterman {
  const b = input ?? {};
  const index = new Map(holdings.map((h, i) => [h.symbol, i]));
  const riskAversion = finite('blackLitterman.riskAversion', b.riskAversion) ?? 2.5;
  if (riskAversion <= 0) throw badInput('blackLitterman.riskAversion', `must be > 0, got ${riskAversion}`);
  const tau = finite('blackLitterman.tau', b.tau) ?? 0.05;
  if (tau <= 0) throw badInput('blackLitterman.tau', `must be > 0, got ${tau}`);
  let marketWeights: Float64Array | undefined;
  if (b.marketWeights != null) {
    marketWeights = new Float64Array(holdings.length);
    const seen = new Set<string>();
    b.marketWeights.forEach((m, k) => {
      const i = index.get(m.symbol);
      if (i === undefined) throw badInput(`blackLitterman.marketWeights[${k}].symbol`, `${quoteInput(m.symbol)} is not a holding of the portfolio`);
      if (seen.has(m.symbol)) throw badInput(`blackLitterman.marketWeights[${k}].symbol`, `${m.symbol} is listed twice`);
      seen.add(m.symbol);
      if (!Number.isFinite(m.weight) || m.weight < 0) throw badInput(`blackLitterman.marketWeights[${k}].weight`, `must be ≥ 0, got ${m.weight}`);
      marketWeights![i] = m.weight;
    });
    const total = marketWeights.reduce((s, v) => s + v, 0);
    if (Math.abs(total - 1) > 1e-6) throw badInput('blackLitterman.marketWeights', `must sum to 1, got ${total}`);
  }
  const views = (b.views ?? []).map((v, k) => {
    const field = `blackLitterman.views[${k}]`;
    const i = index.get(v.symbol);
    if (i === undefined) throw badInput(`${field}.symbol`, `${quoteInput(v.symbol)} is not a holding of the portfolio`);
    const portfolio = new Float64Array(holdings.length);
    portfolio[i] = 1;
    if (v.relativeTo != null) {
      const j = index.get(v.relativeTo);
      if (j === undefined) throw badInput(`${field}.relativeTo`, `${quoteInput(v.relativeTo)} is not a holding of the portfolio`);
      if (j === i) throw badInput(`${field}.relativeTo`, 'must differ from symbol');
      portfolio[j] = -1;
    }
    if (!Number.isFinite(v.expectedReturn) || Math.abs(v.expectedReturn) > 10) throw badInput(`${field}.expectedReturn`, `must be an annual return within ±10 (±1000%), got ${v.expectedReturn}`);
    const confidence = v.confidence ?? 0.5;
    if (!Number.isFinite(confidence) || confidence <= 0 || confidence > 1) throw badInput(`${field}.confidence`, `must be in (0, 1], got ${confidence}`);
    return { portfolio, expectedReturn: v.expectedReturn / periodsPerYear, confidence };
  });
  return {
    riskAversion,
    tau,
    marketWeights,
    views,
    viewUncertainty: (b.viewUncertainty ?? 'IDZOREK') === 'IDZOREK' ? 'idzorek' : 'proportional',
    objective: b.objective ?? 'MAX_SHARPE',
  };
}
