import { assertInput } from '../errors/AccelError.ts';
import { covarianceToCorrelation } from '../linalg/covariance.ts';
import { assertFinite, type Matrix } from '../linalg/Matrix.ts';

export interface HrpResult {
  weights: Float64Array;
  /** Quasi-diagonal order of the assets (leaves of the single-linkage tree). */
  order: number[];
}

/**
 * Hierarchical Risk Parity (López de Prado 2016, "Building diversified
 * portfolios that outperform out of sample"; "Advances in Financial Machine
 * Learning" ch. 16): (1) correlation distance d_ij = √(½(1−ρ_ij)), then the
 * Euclidean distance between columns of d; (2) single-linkage clustering;
 * (3) quasi-diagonal ordering of the leaves; (4) recursive bisection, splitting
 * weight between halves in inverse proportion to their inverse-variance
 * portfolio variance. Long-only, sums to `budget`; needs no matrix inversion,
 * so it works for singular covariances.
 */
export function hierarchicalRiskParity(input: { covariance: Matrix; budget?: number }): HrpResult {
  const cov = input.covariance;
  const n = cov.rows;
  assertInput(n >= 1 && cov.cols === n, 'covariance must be square');
  assertFinite(cov.data, 'covariance');
  for (let i = 0; i < n; i++) assertInput(cov.data[i * n + i]! > 0, `asset ${i} has zero variance`);
  const corr = covarianceToCorrelation(cov).data;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) d[i] = Math.sqrt(Math.max(0, 0.5 * (1 - corr[i]!)));
  const D = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (d[k * n + i]! - d[k * n + j]!) ** 2;
      D[i * n + j] = D[j * n + i] = Math.sqrt(s);
    }
  }
  const order = singleLinkageOrder(D, n);
  const w = new Float64Array(n).fill(1);
  const ivpVariance = (items: number[]): number => {
    let inv = 0;
    for (const i of items) inv += 1 / cov.data[i * n + i]!;
    let v = 0;
    for (const i of items) for (const j of items) v += (cov.data[i * n + j]! * (1 / cov.data[i * n + i]!) * (1 / cov.data[j * n + j]!)) / (inv * inv);
    return v;
  };
  const stack: number[][] = [order];
  while (stack.length > 0) {
    const items = stack.pop()!;
    if (items.length <= 1) continue;
    const half = items.length >> 1;
    const left = items.slice(0, half);
    const right = items.slice(half);
    const vl = ivpVariance(left);
    const vr = ivpVariance(right);
    const alpha = 1 - vl / (vl + vr);
    for (const i of left) w[i] = w[i]! * (alpha);
    for (const i of right) w[i] = w[i]! * (1 - alpha);
    stack.push(left, right);
  }
  const budget = input.budget ?? 1;
  return { weights: w.map((v) => v * budget), order };
}

/** Leaf order of the single-linkage dendrogram (as scipy's linkage + López de Prado's getQuasiDiag). */
function singleLinkageOrder(D: Float64Array, n: number): number[] {
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) clusters.set(i, [i]);
  // distance between active clusters, single linkage: min over members
  const dist = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const m = new Map<number, number>();
    for (let j = 0; j < n; j++) if (j !== i) m.set(j, D[i * n + j]!);
    dist.set(i, m);
  }
  let next = n;
  while (clusters.size > 1) {
    let best = Infinity, a = -1, b = -1;
    for (const [i, m] of dist) for (const [j, v] of m) if (i < j && v < best) { best = v; a = i; b = j; }
    const merged = [...clusters.get(a)!, ...clusters.get(b)!];
    clusters.delete(a);
    clusters.delete(b);
    const ma = dist.get(a)!, mb = dist.get(b)!;
    dist.delete(a);
    dist.delete(b);
    const mn = new Map<number, number>();
    for (const [k, m] of dist) {
      const v = Math.min(ma.get(k)!, mb.get(k)!);
      m.delete(a);
      m.delete(b);
      m.set(next, v);
      mn.set(k, v);
    }
    dist.set(next, mn);
    clusters.set(next, merged);
    next++;
  }
  return [...clusters.values()][0]!;
}
