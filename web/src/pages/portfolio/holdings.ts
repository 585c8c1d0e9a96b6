/**
 * Live valuation of a book: positions at the latest price (a live quote when one has arrived,
 * else the instrument's last price from the query), their P&L, weights of the whole value
 * (positions + cash) and the day's P&L against the previous daily close. Pure, so the tables, the
 * allocation charts and the Overview's totals agree and are tested without a browser.
 */

export interface DailyClose {
  ts: string;
  close: number;
}

export interface HoldingInput {
  symbol: string;
  quantity: number;
  costBasis: number;
  realizedPnl: number;
  /** The instrument's last price when the page loaded (null without one). */
  lastPrice: number | null;
  /** When that last price was set (the latest quote's time), if known. */
  lastPriceTs?: string | null;
  /** Recent daily bars, oldest first (the last may be today's). */
  dailyBars?: readonly DailyClose[];
  assetClass?: string;
  multiplier?: number;
}

export interface Holding extends HoldingInput {
  price: number | null;
  marketValue: number | null;
  unrealizedPnl: number | null;
  /** marketValue / (Σ marketValue + cash); null without a price or a positive total. */
  weight: number | null;
  previousClose: number | null;
  /** quantity × multiplier × (price − previous close). */
  dayPnl: number | null;
}

export interface Valuation {
  holdings: Holding[];
  cash: number;
  /** Σ marketValue of the priced positions. */
  invested: number;
  /** invested + cash. */
  total: number;
  unrealizedPnl: number;
  realizedPnl: number;
  /** Σ dayPnl of the positions that have one. */
  dayPnl: number;
  /** dayPnl over the value at the previous closes (null when that is not positive). */
  dayReturn: number | null;
  /** cash / total. */
  cashWeight: number | null;
  /** Positions without a price: their value is left out of the totals. */
  unpriced: string[];
}

const DAY = 86_400_000;

/**
 * The close the day's change is measured from: the last daily bar that starts before the UTC day
 * of `reference` (the time of the latest price), so a bar already written for today is skipped.
 * Null when no earlier bar exists.
 */
export function previousClose(bars: readonly DailyClose[] | undefined, reference: string | null | undefined): number | null {
  if (bars === undefined || bars.length === 0) return null;
  const ref = reference ? Date.parse(reference) : Number.NaN;
  const last = bars.at(-1)!;
  const dayStart = Math.floor((Number.isNaN(ref) ? Date.parse(last.ts) + 1 : ref) / DAY) * DAY;
  for (let i = bars.length - 1; i >= 0; i--) {
    const bar = bars[i]!;
    if (Date.parse(bar.ts) < dayStart && Number.isFinite(bar.close)) return bar.close;
  }
  return null;
}

/** Values the positions at `live` prices (symbol → last) where present, else at their last price. */
export function valueHoldings(positions: readonly HoldingInput[], cash: number, live: Readonly<Record<string, { last: number; ts: string }>> = {}): Valuation {
  const priced = positions.map((p) => {
    const quote = live[p.symbol];
    const price = quote?.last ?? p.lastPrice;
    const reference = quote?.ts ?? p.lastPriceTs ?? null;
    const m = p.multiplier ?? 1;
    const marketValue = price === null ? null : p.quantity * m * price;
    const prev = previousClose(p.dailyBars, reference);
    return {
      ...p,
      price,
      marketValue,
      unrealizedPnl: marketValue === null ? null : marketValue - p.costBasis,
      previousClose: prev,
      dayPnl: price === null || prev === null ? null : p.quantity * m * (price - prev),
    };
  });
  const invested = priced.reduce((s, h) => s + (h.marketValue ?? 0), 0);
  const total = invested + cash;
  const weightOf = (value: number | null) => (value === null || !(total > 0) ? null : value / total);
  const dayPnl = priced.reduce((s, h) => s + (h.dayPnl ?? 0), 0);
  const base = priced.reduce((s, h) => s + (h.dayPnl === null || h.previousClose === null ? 0 : h.quantity * (h.multiplier ?? 1) * h.previousClose), 0) + cash;
  return {
    holdings: priced.map((h) => ({ ...h, weight: weightOf(h.marketValue) })),
    cash,
    invested,
    total,
    unrealizedPnl: priced.reduce((s, h) => s + (h.unrealizedPnl ?? 0), 0),
    realizedPnl: priced.reduce((s, h) => s + h.realizedPnl, 0),
    dayPnl,
    dayReturn: base > 0 ? dayPnl / base : null,
    cashWeight: weightOf(cash),
    unpriced: priced.filter((h) => h.price === null).map((h) => h.symbol),
  };
}

export interface AllocationSlice {
  label: string;
  value: number;
  /** value / Σ|value| of the slices. */
  share: number;
}

/**
 * Groups values under a key (asset class, symbol), largest first; cash is its own slice when
 * non-zero. Shares are of the gross total, so they sum to 1 even with shorts.
 */
export function allocationBy(holdings: readonly Holding[], key: (h: Holding) => string, cash = 0): AllocationSlice[] {
  const sums = new Map<string, number>();
  for (const h of holdings) if (h.marketValue !== null) sums.set(key(h), (sums.get(key(h)) ?? 0) + h.marketValue);
  if (cash !== 0) sums.set('cash', (sums.get('cash') ?? 0) + cash);
  const gross = [...sums.values()].reduce((s, v) => s + Math.abs(v), 0);
  return [...sums.entries()]
    .map(([label, value]) => ({ label, value, share: gross > 0 ? Math.abs(value) / gross : 0 }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
}
