/**
 * Cash, positions and round-trip trades of a backtest. Both modes feed fills and bars through these in the
 * same order with the same arithmetic, so equal fills give bit-identical equity curves and trades.
 */
import type { EquityPoint, OrderSide, TradeRecord } from './types.ts';

const EPS = 1e-9;

/** An equity curve as columns (the backtest loops write these; objects are built once at the end). */
export interface CurveColumns {
  ts: Float64Array;
  equity: Float64Array;
  cash: Float64Array;
  exposure: Float64Array;
}

export function curveColumns(ts: Float64Array): CurveColumns {
  const n = ts.length;
  return { ts, equity: new Float64Array(n), cash: new Float64Array(n), exposure: new Float64Array(n) };
}

export function curvePoints(c: CurveColumns): EquityPoint[] {
  const out: EquityPoint[] = new Array(c.ts.length);
  for (let i = 0; i < out.length; i++) out[i] = { ts: c.ts[i]!, equity: c.equity[i]!, cash: c.cash[i]!, exposure: c.exposure[i]! };
  return out;
}

export class Account {
  cash: number;
  readonly positions: Float64Array;
  constructor(
    initialCash: number,
    readonly n: number,
  ) {
    this.cash = initialCash;
    this.positions = new Float64Array(n);
  }
  applyFill(k: number, side: OrderSide, qty: number, price: number, fee: number): void {
    const signed = side === 'BUY' ? qty : -qty;
    this.cash = this.cash - (signed * price + fee);
    this.positions[k] = this.positions[k]! + signed;
  }
  /** Gross value of the positions at the last {@link positionValue} (set there, so the hot loop allocates nothing). */
  private gross = 0;

  /** Net value of the positions at the closes of bar t; also sets {@link gross}. */
  private positionValue(close: readonly Float64Array[], t: number): number {
    let value = 0;
    let gross = 0;
    for (let k = 0; k < this.n; k++) {
      const v = this.positions[k]! * close[k]![t]!;
      value += v;
      gross += Math.abs(v);
    }
    this.gross = gross;
    return value;
  }

  /** Mark to the closes at bar t into the curve columns; returns the equity. */
  markInto(close: readonly Float64Array[], t: number, curve: CurveColumns): number {
    const equity = this.cash + this.positionValue(close, t);
    curve.equity[t] = equity;
    curve.cash[t] = this.cash;
    curve.exposure[t] = equity > 0 ? this.gross / equity : 0;
    return equity;
  }

  /** Mark to the closes at bar t: equity and gross exposure. */
  mark(close: readonly Float64Array[], t: number, ts: number): EquityPoint {
    const equity = this.cash + this.positionValue(close, t);
    return { ts, equity, cash: this.cash, exposure: equity > 0 ? this.gross / equity : 0 };
  }
}

interface OpenTrade {
  dir: 1 | -1;
  entryTs: number;
  entryQty: number;
  entryNotional: number;
  exitQty: number;
  exitNotional: number;
  pos: number;
  /** Average cost of the shares still held (average-cost accounting). */
  cost: number;
  maxQty: number;
  realized: number;
  fees: number;
  mae: number;
  mfe: number;
  bars: number;
  lastExitTs: number;
}

/** Builds round trips (flat → position → flat; a fill through zero closes one and opens the next). */
export class TradeBuilder {
  readonly trades: TradeRecord[] = [];
  private readonly open: (OpenTrade | null)[];
  constructor(private readonly symbols: readonly string[]) {
    this.open = symbols.map(() => null);
  }

  onFill(k: number, side: OrderSide, qty: number, price: number, fee: number, ts: number): void {
    let q = side === 'BUY' ? qty : -qty;
    let feeLeft = fee;
    while (Math.abs(q) > EPS) {
      let tr = this.open[k]!;
      if (!tr) {
        tr = { dir: q > 0 ? 1 : -1, entryTs: ts, entryQty: 0, entryNotional: 0, exitQty: 0, exitNotional: 0, pos: 0, cost: 0, maxQty: 0, realized: 0, fees: 0, mae: 0, mfe: 0, bars: 0, lastExitTs: ts };
        this.open[k] = tr;
      }
      if (Math.sign(q) === tr.dir) {
        const held = Math.abs(tr.pos);
        tr.cost = (held * tr.cost + Math.abs(q) * price) / (held + Math.abs(q));
        tr.entryQty += Math.abs(q);
        tr.entryNotional += Math.abs(q) * price;
        tr.pos += q;
        tr.maxQty = Math.max(tr.maxQty, Math.abs(tr.pos));
        tr.fees += feeLeft;
        return;
      }
      const closeQty = Math.min(Math.abs(q), Math.abs(tr.pos));
      const share = closeQty / Math.abs(q);
      const feePart = feeLeft * share;
      tr.realized += tr.dir * closeQty * (price - tr.cost);
      tr.exitQty += closeQty;
      tr.exitNotional += closeQty * price;
      tr.fees += feePart;
      tr.pos -= tr.dir * closeQty;
      tr.lastExitTs = ts;
      feeLeft -= feePart;
      q += tr.dir * closeQty;
      if (Math.abs(tr.pos) <= EPS) {
        this.trades.push(this.record(k, tr, 'CLOSED', tr.exitNotional / tr.exitQty, ts));
        this.open[k] = null;
      }
    }
  }

  /** Update MAE/MFE and the bar count of open trades with bar t's range (after that bar's fills). */
  onBar(k: number, high: number, low: number): void {
    const tr = this.open[k];
    if (!tr) return;
    tr.bars++;
    const atHigh = tr.realized + tr.pos * (high - tr.cost);
    const atLow = tr.realized + tr.pos * (low - tr.cost);
    const worst = Math.min(atHigh, atLow);
    const best = Math.max(atHigh, atLow);
    if (worst < tr.mae) tr.mae = worst;
    if (best > tr.mfe) tr.mfe = best;
  }

  /** Closed trades plus the open ones marked to the given closes. */
  finish(lastClose: (k: number) => number): TradeRecord[] {
    const out = [...this.trades];
    this.open.forEach((tr, k) => {
      if (!tr) return;
      const mark = lastClose(k);
      const unreal = tr.pos * (mark - tr.cost);
      const rec = this.record(k, { ...tr, realized: tr.realized + unreal }, 'OPEN', mark, null);
      out.push(rec);
    });
    return out;
  }

  private record(k: number, tr: OpenTrade, status: 'OPEN' | 'CLOSED', exitPrice: number, exitTs: number | null): TradeRecord {
    const entryPrice = tr.entryNotional / tr.entryQty;
    const pnl = tr.realized - tr.fees;
    return {
      symbol: this.symbols[k]!,
      side: tr.dir === 1 ? 'LONG' : 'SHORT',
      status,
      entryTs: tr.entryTs,
      entryPrice,
      exitTs,
      exitPrice,
      qty: tr.maxQty,
      pnl,
      returnPct: pnl / (entryPrice * tr.maxQty),
      fees: tr.fees,
      mae: tr.mae,
      mfe: tr.mfe,
      bars: tr.bars,
    };
  }
}
