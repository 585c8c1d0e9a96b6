import type { AccelErrorCode } from '@nautilus/accel';
import { cholesky, matrix, symmetricEigen } from '@nautilus/accel/linalg';
import { badInput } from '@nautilus/runtime';

/** accel's code for a failed Cholesky pivot (a type-only import keeps ONNX Runtime and the worker pool out of this module). */
const NOT_POSITIVE_DEFINITE: AccelErrorCode = 'NOT_POSITIVE_DEFINITE';

/** Eigenvalues down to this (relative to the largest) count as rounding of a PSD matrix, not as an invalid one. */
const PSD_TOLERANCE = 1e-8;

/**
 * Lower-triangular L with correlation = L·Lᵀ (accel's Cholesky), so that
 * L·ε turns independent normals into correlated ones (Glasserman, "Monte
 * Carlo Methods in Financial Engineering", 2.3.3). A singular but positive
 * semidefinite matrix (e.g. ρ = 1 between two listings of one stock) is
 * legitimate and is factorised after accel's nearest-PD repair (Higham 1988),
 * which only lifts ~0 eigenvalues. An indefinite one (pairwise estimates that
 * contradict each other) is an input error unless `repair` is set, in which
 * case it is replaced by its nearest positive definite matrix too.
 * @throws AppError BAD_USER_INPUT on `correlation` when it is not positive semidefinite and `repair` is false.
 */
export function correlationFactor(correlation: Float64Array, n: number, repair = false): Float64Array {
  if (n === 0) return new Float64Array(0);
  // symmetrise: validation allows 1e-9 of asymmetry, accel's Cholesky only 1e-10
  const a = matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a.data[i * n + j] = 0.5 * (correlation[i * n + j]! + correlation[j * n + i]!);
  try {
    return cholesky(a).data;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== NOT_POSITIVE_DEFINITE) throw error;
  }
  const { values } = symmetricEigen(a);
  const smallest = values[n - 1]!;
  if (!repair && smallest < -PSD_TOLERANCE * Math.max(values[0]!, 1)) {
    throw badInput('correlation', `is not positive semidefinite (smallest eigenvalue ${smallest.toExponential(3)}): the pairwise correlations contradict each other; estimate them together from one return history, or pass repairCorrelation: true`);
  }
  return cholesky(a, { repair: true }).data;
}
