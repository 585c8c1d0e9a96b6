import { badInput } from '@nautilus/runtime';
import type { MarginCallPredictionInput } from './types.ts';

/** Most path × step evaluations one prediction may ask for (≈ 10–20 s for a 10-position account). */
export const MAX_PATH_STEPS = 200_000_000;

/** The run settings after defaults, as the simulator uses them. */
export interface PredictionSettings {
  fixedRequirement: number;
  horizonDays: number;
  stepsPerDay: number;
  steps: number;
  paths: number;
  drift: number;
  seed: number;
}

/**
 * Checks every field of a margin-call prediction and applies the defaults
 * (horizon 1 day, 26 steps a day, 10,000 paths, drift 0, fixed requirement 0).
 * The correlation must be n×n, finite, symmetric, with a unit diagonal and
 * entries in [−1, 1]; whether it is positive semidefinite is checked when it
 * is factorised (see `correlationFactor`).
 * @throws AppError BAD_USER_INPUT naming the field, e.g. `positions[2].price`.
 */
export function validatePredictionInput(input: MarginCallPredictionInput): PredictionSettings {
  if (!Array.isArray(input.positions)) throw badInput('positions', 'must be an array');
  input.positions.forEach((p, i) => {
    const at = `positions[${i}]`;
    if (typeof p.instrumentId !== 'string' || p.instrumentId === '') throw badInput(`${at}.instrumentId`, 'must be a non-empty string');
    if (!Number.isFinite(p.quantity)) throw badInput(`${at}.quantity`, `must be a finite number, got ${p.quantity}`);
    if (!(Number.isFinite(p.multiplier) && p.multiplier > 0)) throw badInput(`${at}.multiplier`, `must be a finite number > 0, got ${p.multiplier}`);
    if (!(Number.isFinite(p.price) && p.price > 0)) throw badInput(`${at}.price`, `must be a finite number > 0, got ${p.price}`);
    if (!(Number.isFinite(p.volatility) && p.volatility >= 0)) throw badInput(`${at}.volatility`, `must be a finite annual volatility ≥ 0, got ${p.volatility}`);
    if (!(Number.isFinite(p.maintenanceRate) && p.maintenanceRate >= 0)) throw badInput(`${at}.maintenanceRate`, `must be a finite number ≥ 0, got ${p.maintenanceRate}`);
  });
  checkCorrelation(input.correlation, input.positions.length);
  if (!Number.isFinite(input.cash)) throw badInput('cash', `must be a finite number, got ${input.cash}`);
  const fixedRequirement = input.fixedRequirement ?? 0;
  if (!(Number.isFinite(fixedRequirement) && fixedRequirement >= 0)) throw badInput('fixedRequirement', `must be a finite number ≥ 0, got ${fixedRequirement}`);
  const horizonDays = input.horizonDays ?? 1;
  if (!(Number.isFinite(horizonDays) && horizonDays > 0)) throw badInput('horizonDays', `must be a finite number of trading days > 0, got ${horizonDays}`);
  const stepsPerDay = input.stepsPerDay ?? 26;
  if (!(Number.isInteger(stepsPerDay) && stepsPerDay >= 1)) throw badInput('stepsPerDay', `must be an integer ≥ 1, got ${stepsPerDay}`);
  const paths = input.paths ?? 10_000;
  if (!(Number.isInteger(paths) && paths > 0)) throw badInput('paths', `must be a positive integer, got ${paths}`);
  if (paths % 2 !== 0) throw badInput('paths', `must be even (paths come in antithetic pairs), got ${paths}`);
  const drift = input.drift ?? 0;
  if (!Number.isFinite(drift)) throw badInput('drift', `must be a finite annual drift, got ${drift}`);
  if (!(Number.isSafeInteger(input.seed) && input.seed >= 0)) throw badInput('seed', `must be a non-negative safe integer, got ${input.seed}`);
  const steps = Math.max(1, Math.round(horizonDays * stepsPerDay));
  if (paths * steps > MAX_PATH_STEPS) throw badInput('paths', `${paths} paths × ${steps} steps exceeds the limit of ${MAX_PATH_STEPS} path-steps; use fewer paths, steps or days`);
  return { fixedRequirement, horizonDays, stepsPerDay, steps, paths, drift, seed: input.seed };
}

function checkCorrelation(c: Float64Array, n: number): void {
  if (!(c instanceof Float64Array)) throw badInput('correlation', 'must be a Float64Array (n×n, row-major)');
  if (c.length !== n * n) throw badInput('correlation', `must be square n×n with n = ${n} positions, i.e. ${n * n} entries row-major, got ${c.length}`);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = c[i * n + j]!;
      if (!(Number.isFinite(v) && Math.abs(v) <= 1)) throw badInput('correlation', `entry (${i},${j}) must be a finite number in [-1, 1], got ${v}`);
      if (i === j && Math.abs(v - 1) > 1e-9) throw badInput('correlation', `diagonal entry (${i},${i}) must be 1, got ${v}`);
      if (j > i && Math.abs(v - c[j * n + i]!) > 1e-9) throw badInput('correlation', `is not symmetric: entries (${i},${j}) = ${v} and (${j},${i}) = ${c[j * n + i]}`);
    }
  }
}
