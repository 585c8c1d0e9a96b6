/**
 * Every failure `@nautilus/accel` reports on purpose. Callers switch on `code`,
 * never on message text; messages say what to fix.
 */
export const AccelErrorCode = {
  /** Input has the wrong shape, length, sign or contains NaN where none is allowed. */
  BAD_INPUT: 'BAD_INPUT',
  /** Cholesky met a non-positive pivot: the matrix is not symmetric positive definite. Pass `repair: true` to project it to the nearest PD matrix first. */
  NOT_POSITIVE_DEFINITE: 'NOT_POSITIVE_DEFINITE',
  /** A matrix that must be inverted is (numerically) singular. */
  SINGULAR: 'SINGULAR',
  /** An option price outside the no-arbitrage bounds, so no volatility reproduces it. */
  IMPOSSIBLE_PRICE: 'IMPOSSIBLE_PRICE',
  /** The optimiser proved the constraints cannot all hold at once. */
  INFEASIBLE: 'INFEASIBLE',
  /** The optimiser or an iterative method stopped without converging. */
  NOT_CONVERGED: 'NOT_CONVERGED',
  /** The caller's AbortSignal fired; partial work was discarded. */
  ABORTED: 'ABORTED',
  /** A backend (worker pool, gpu.js, onnxruntime) failed; the router records it and falls back to `js`. */
  BACKEND_FAILED: 'BACKEND_FAILED',
  /** The requested backend is not available on this machine (see `accel.status()`). */
  BACKEND_UNAVAILABLE: 'BACKEND_UNAVAILABLE',
} as const;

export type AccelErrorCode = (typeof AccelErrorCode)[keyof typeof AccelErrorCode];

/** The one error type thrown by accel. `code` is stable; `message` is for humans. */
export class AccelError extends Error {
  override readonly name = 'AccelError';
  readonly code: AccelErrorCode;

  constructor(code: AccelErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Throws `BAD_INPUT` with `message` unless `condition` holds. */
export function assertInput(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AccelError(AccelErrorCode.BAD_INPUT, message);
}

/** Throws `ABORTED` if the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AccelError(AccelErrorCode.ABORTED, 'Aborted by the caller\'s AbortSignal.', { cause: signal.reason });
  }
}
