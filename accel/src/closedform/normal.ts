/**
 * Standard normal CDF, double precision (absolute error < 1e-14), from Hart
 * (1968) algorithm 5666 as given by G. West, "Better approximations to
 * cumulative normal functions" (Wilmott, 2005).
 */
export function normCdf(x: number): number {
  const xAbs = Math.abs(x);
  let c: number;
  if (xAbs > 37) c = 0;
  else {
    const e = Math.exp((-xAbs * xAbs) / 2);
    if (xAbs < 7.07106781186547) {
      let b = 3.52624965998911e-2 * xAbs + 0.700383064443688;
      b = b * xAbs + 6.37396220353165;
      b = b * xAbs + 33.912866078383;
      b = b * xAbs + 112.079291497871;
      b = b * xAbs + 221.213596169931;
      b = b * xAbs + 220.206867912376;
      c = e * b;
      b = 8.83883476483184e-2 * xAbs + 1.75566716318264;
      b = b * xAbs + 16.064177579207;
      b = b * xAbs + 86.7807322029461;
      b = b * xAbs + 296.564248779674;
      b = b * xAbs + 637.333633378831;
      b = b * xAbs + 793.826512519948;
      b = b * xAbs + 440.413735824752;
      c /= b;
    } else {
      let b = xAbs + 0.65;
      b = xAbs + 4 / b;
      b = xAbs + 3 / b;
      b = xAbs + 2 / b;
      b = xAbs + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/** Standard normal density. */
export function normPdf(x: number): number {
  return 0.3989422804014327 * Math.exp(-0.5 * x * x);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Inverse standard normal CDF (quantile): P. J. Acklam's rational
 * approximation (rel. error 1.15e-9) refined by one Halley step against
 * `normCdf`, giving ~1e-14. Returns ±Infinity at 0 and 1.
 */
export function normInv(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const a = A as [number, number, number, number, number, number];
  const b = B as [number, number, number, number, number];
  const c = C as [number, number, number, number, number, number];
  const d = D as [number, number, number, number];
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = normCdf(x) - p;
  const u = e * 2.5066282746310002 * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}
