import type { ExposureBucket, Exposures } from '../service/types.ts';

export interface ExposureRow {
  assetClass: string;
  currency: string;
  /** e_i: the value of a linear holding, the delta-adjusted notional q·m·Δ·S of an option. */
  exposure: number;
}

/**
 * Exposures by asset class and by currency: per bucket gross = Σ|e_i|,
 * net = Σe_i, share = gross / Σ|e_i| over the whole book (so the shares sum to
 * 1; 0 for an empty book). Buckets are ordered by gross, largest first, then
 * by key. No FX conversion: amounts stay in each instrument's currency, which
 * is why the currency buckets are reported at all. Pure.
 */
export function computeExposures(rows: readonly ExposureRow[]): Exposures {
  const total = rows.reduce((s, r) => s + Math.abs(r.exposure), 0);
  const bucket = (keyOf: (r: ExposureRow) => string): ExposureBucket[] => {
    const sums = new Map<string, { gross: number; net: number }>();
    for (const r of rows) {
      const key = keyOf(r);
      const entry = sums.get(key) ?? { gross: 0, net: 0 };
      entry.gross += Math.abs(r.exposure);
      entry.net += r.exposure;
      sums.set(key, entry);
    }
    return [...sums]
      .map(([key, { gross, net }]) => ({ key, gross, net, share: total === 0 ? 0 : gross / total }))
      .sort((a, b) => b.gross - a.gross || a.key.localeCompare(b.key));
  };
  return { byAssetClass: bucket((r) => r.assetClass), byCurrency: bucket((r) => r.currency) };
}
