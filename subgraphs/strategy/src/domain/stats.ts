/** Small statistics used by the metrics (no dependency: the domain stays free of native/backend imports). */

/** Standard normal CDF via the complementary error function (W. J. Cody's rational approximations, |err| < 1.2e-7 relative). */
export function normCdf(x: number): number {
  // erfc via Numerical Recipes' Chebyshev fit (fractional error < 1.2e-7).
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - r / 2 : r / 2;
}

/** Inverse standard normal CDF (Acklam's algorithm, relative error < 1.15e-9). */
export function normInv(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normInv(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export interface Moments {
  n: number;
  mean: number;
  /** Sample standard deviation (ddof = 1). */
  std: number;
  /** Sample skewness (population moments, as scipy.stats.skew with bias=True). */
  skew: number;
  /** Kurtosis (not excess: 3 for a normal), population moments as scipy.stats.kurtosis(fisher=False). */
  kurtosis: number;
}

export function moments(x: ArrayLike<number>): Moments {
  const n = x.length;
  if (n === 0) return { n, mean: NaN, std: NaN, skew: NaN, kurtosis: NaN };
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i]!;
  const mean = s / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const std = n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN;
  const pm2 = m2 / n;
  const skew = pm2 > 0 ? m3 / n / Math.pow(pm2, 1.5) : 0;
  const kurtosis = pm2 > 0 ? m4 / n / (pm2 * pm2) : 3;
  return { n, mean, std, skew, kurtosis };
}
