import { choleskyDecompose } from './choleskyDecompose.ts';

/** Smallest idiosyncratic variance share allowed, so the matrix stays well conditioned. */
const MIN_IDIOSYNCRATIC_VARIANCE = 0.005;

export interface BuildFactorCorrelationOptions {
  /** Instruments in universe order with their factor loadings. */
  instruments: readonly { symbol: string; factorLoadings: Readonly<Record<string, number>> }[];
  /** Latent factor names a loading may use besides earlier symbols. */
  factors: readonly string[];
  /**
   * An estimated correlation block (e.g. from `calibrateFromHistory`): these
   * symbols take exactly these correlations among themselves and ignore
   * their own `factorLoadings`; others may still load on them.
   */
  calibrated?: { symbols: readonly string[]; correlation: readonly (readonly number[])[] };
}

/**
 * Builds a correlation matrix that is positive definite by construction, so
 * Cholesky always succeeds however many instruments are added.
 *
 * Every instrument's unit-variance shock is a vector in a space spanned by
 * (a) the calibrated block: rows of the Cholesky factor of its correlation,
 * (b) independent latent factors, and (c) one idiosyncratic axis per
 * instrument:
 *
 *   r_i = Σ_s a_is·r_s + Σ_f b_if·e_f + c_i·e_i,   c_i = √(1 − |Σ…|²)
 *
 * where s runs over earlier symbols (so an ETF can be "0.8 × SPY + …") and f
 * over latent factors. The correlation is the Gram matrix ρ_ij = r_i·r_j.
 * Rows are unit vectors (unit diagonal); the calibrated rows are independent
 * and every other row owns its own idiosyncratic axis with c_i > 0, so the
 * rows are linearly independent and the matrix is positive definite (a
 * standard factor-model argument, e.g. Connor & Korajczyk 2010, "Factor
 * models of asset returns", Encyclopedia of Quantitative Finance).
 *
 * @throws Error naming the instrument when a loading refers to an unknown
 *   factor or a later symbol, or the loadings explain more than 99.5% of its
 *   variance; RangeError when the calibrated block is not positive definite.
 */
export function buildFactorCorrelation({ instruments, factors, calibrated }: BuildFactorCorrelationOptions): number[][] {
  const calibratedSymbols = calibrated?.symbols ?? [];
  const nCal = calibratedSymbols.length;
  const dim = nCal + factors.length + instruments.length;
  const factorIndex = new Map(factors.map((f, k) => [f, nCal + k]));
  const calIndex = new Map(calibratedSymbols.map((s, k) => [s, k]));
  const calFactor = calibrated ? choleskyDecompose(calibrated.correlation) : new Float64Array(0);
  const rows = new Map<string, Float64Array>();
  const ordered: Float64Array[] = [];

  instruments.forEach((inst, i) => {
    const row = new Float64Array(dim);
    const c = calIndex.get(inst.symbol);
    if (c !== undefined) {
      for (let k = 0; k <= c; k++) row[k] = calFactor[c * nCal + k]!;
    } else {
      for (const [key, loading] of Object.entries(inst.factorLoadings)) {
        const source = rows.get(key);
        const f = factorIndex.get(key);
        if (source) for (let k = 0; k < dim; k++) row[k] = row[k]! + loading * source[k]!;
        else if (f !== undefined) row[f] = row[f]! + loading;
        else throw new Error(`buildFactorCorrelation: ${inst.symbol} loads on '${key}', which is neither a factor nor an earlier symbol`);
      }
      let explained = 0;
      for (let k = 0; k < dim; k++) explained += row[k]! * row[k]!;
      if (explained > 1 - MIN_IDIOSYNCRATIC_VARIANCE) {
        throw new Error(`buildFactorCorrelation: loadings of ${inst.symbol} explain ${(explained * 100).toFixed(1)}% of its variance (max 99.5%)`);
      }
      row[nCal + factors.length + i] = Math.sqrt(1 - explained);
    }
    rows.set(inst.symbol, row);
    ordered.push(row);
  });

  const n = ordered.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = 1;
    for (let j = 0; j < i; j++) {
      const a = ordered[i]!;
      const b = ordered[j]!;
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += a[k]! * b[k]!;
      matrix[i]![j] = dot;
      matrix[j]![i] = dot;
    }
  }
  return matrix;
}
