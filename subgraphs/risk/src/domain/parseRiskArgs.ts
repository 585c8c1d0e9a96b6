import { badInput, parseIntInRange, parseText, quoteInput } from '@nautilus/runtime';
import { VAR_METHODS, type VaRMethod, type Valuation } from '../service/types.ts';

/** Fewest common daily returns a report or a backtest day is estimated from. */
export const MIN_OBSERVATIONS = 20;
export const MAX_LOOKBACK_DAYS = 2520;
export const MAX_HORIZON_DAYS = 250;
export const MIN_PATHS = 1_000;
export const MAX_PATHS = 1_000_000;
/** An asOf this close to now (either side: client clock skew, network latency) counts as now. */
export const AS_OF_TOLERANCE_MS = 60_000;
export const MIN_RISK_FREE_RATE = -0.1;
export const MAX_RISK_FREE_RATE = 1;

/** Arguments of `Portfolio.riskReport` as GraphQL hands them over (defaults applied). */
export interface RiskReportArgs {
  asOf?: Date | null;
  confidence?: number | null;
  horizonDays?: number | null;
  method?: VaRMethod | null;
  lookbackDays?: number | null;
  paths?: number | null;
  seed?: number | null;
  shocks?: ReadonlyArray<{ symbol: string; return: number }> | null;
  riskFreeRate?: number | null;
}

export type ParsedRiskArgs = { [K in Exclude<keyof RiskReportArgs, 'asOf'>]-?: NonNullable<RiskReportArgs[K]> } & {
  /** The report's asOf: the argument, or now when omitted. */
  asOf: Date;
  /** LIVE when asOf is omitted or within a minute of now; CLOSE when it is earlier. */
  valuation: Valuation;
};

/** Checks confidence ∈ (0, 1) and returns it. @throws BAD_USER_INPUT naming `field`. */
export function parseConfidence(value: number | null | undefined, field = 'confidence'): number {
  const c = value ?? 0.99;
  if (!(c > 0 && c < 1)) throw badInput(field, `must be strictly between 0 and 1, got ${c}`);
  return c;
}

/** Checks an integer argument is within [min, max]. @throws BAD_USER_INPUT naming `field`. */

/**
 * Validates every argument of a risk report before anything is read or written.
 * @param now the clock's time: an asOf more than a minute before it values at
 *   historical closes, one more than a minute after it is refused.
 * @throws BAD_USER_INPUT naming the field: confidence outside (0, 1),
 *   horizonDays outside [1, 250], lookbackDays outside [20, 2520], paths
 *   outside [1000, 1e6], a negative seed, a shock with a blank symbol, a return
 *   ≤ −100% or a repeated symbol, an invalid or future asOf, riskFreeRate
 *   outside [−0.1, 1].
 */
export function parseRiskArgs(args: RiskReportArgs, now: Date): ParsedRiskArgs {
  const method = args.method ?? 'HISTORICAL';
  if (!VAR_METHODS.includes(method)) throw badInput('method', `unknown method ${quoteInput(method)}`);
  const shocks = args.shocks ?? [];
  const seen = new Set<string>();
  shocks.forEach((s, i) => {
    if (!s.symbol.trim()) throw badInput(`shocks[${i}].symbol`, 'must not be blank');
    parseText(s.symbol, `shocks[${i}].symbol`, 'symbol');
    if (seen.has(s.symbol)) throw badInput(`shocks[${i}].symbol`, `${quoteInput(s.symbol)} is shocked twice`);
    seen.add(s.symbol);
    if (!Number.isFinite(s.return) || s.return <= -1) throw badInput(`shocks[${i}].return`, `must be a simple return above −1 (−100%), got ${s.return}`);
  });
  const given = args.asOf ?? null;
  if (given !== null && !Number.isFinite(given.getTime())) throw badInput('asOf', 'must be a valid date-time');
  if (given !== null && given.getTime() > now.getTime() + AS_OF_TOLERANCE_MS) {
    throw badInput('asOf', `must not be in the future (now is ${now.toISOString()}, got ${given.toISOString()})`);
  }
  const riskFreeRate = args.riskFreeRate ?? 0;
  if (!(Number.isFinite(riskFreeRate) && riskFreeRate >= MIN_RISK_FREE_RATE && riskFreeRate <= MAX_RISK_FREE_RATE)) {
    throw badInput('riskFreeRate', `must be a continuously compounded annual rate from ${MIN_RISK_FREE_RATE} to ${MAX_RISK_FREE_RATE}, got ${riskFreeRate}`);
  }
  return {
    asOf: given ?? now,
    valuation: given !== null && given.getTime() < now.getTime() - AS_OF_TOLERANCE_MS ? 'CLOSE' : 'LIVE',
    riskFreeRate,
    confidence: parseConfidence(args.confidence),
    horizonDays: parseIntInRange(args.horizonDays, 1, 1, MAX_HORIZON_DAYS, 'horizonDays'),
    method,
    lookbackDays: parseIntInRange(args.lookbackDays, 250, MIN_OBSERVATIONS, MAX_LOOKBACK_DAYS, 'lookbackDays'),
    paths: parseIntInRange(args.paths, 100_000, MIN_PATHS, MAX_PATHS, 'paths'),
    seed: parseIntInRange(args.seed, 42, 0, 2 ** 31 - 1, 'seed'),
    shocks,
  };
}
