import { describe, expect, it } from 'vitest';
import { OrderEngine, type Bar, type OrderEngineOptions, type OrderEvent, type Fill } from '../../src/domain/index.ts';

const bar = (ts: number, open: number, high: number, low: number, close: number, volume = 1_000_000): Bar => ({ ts, open, high, low, close, volume });

function setup(options: Partial<OrderEngineOptions> = {}) {
  const events: OrderEvent[] = [];
  const fills: Fill[] = [];
  const engine = new OrderEngine({
    symbols: ['X', 'Y'],
    fees: { perShare: 0, bps: 0, minimum: 0 },
    slippage: { kind: 'BPS', value: 0 },
    seed: 1,
    onEvent: (e) => events.push(e),
    onFill: (f) => fills.push(f),
    ...options,
  });
  const types = (orderId: string) => events.filter((e) => e.orderId === orderId).map((e) => e.type);
  return { engine, events, fills, types };
}

function submit(engine: OrderEngine, req: Parameters<OrderEngine['submit']>[0], ts = 0): string {
  const r = engine.submit(req, ts);
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  return r.orderId;
}

describe('OrderEngine: order types on bars', () => {
  it('MARKET: submitted → accepted, fills at the next bar open (not on a bar at its own submission time)', () => {
    const { engine, types, fills } = setup();
    const id = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 10 }, 5);
    engine.onBar('X', bar(5, 50, 51, 49, 50));
    expect(types(id)).toEqual(['SUBMITTED', 'ACCEPTED']);
    engine.onBar('X', bar(6, 100, 105, 95, 102));
    expect(types(id)).toEqual(['SUBMITTED', 'ACCEPTED', 'FILLED']);
    expect(fills[0]).toMatchObject({ qty: 10, price: 100, fee: 0, ts: 6 });
    expect(engine.position('X')).toBe(10);
    expect(engine.order(id)).toMatchObject({ status: 'FILLED', filledQty: 10, avgFillPrice: 100 });
  });

  it('applies the slippage models and the fee model (per share + bps, with a minimum)', () => {
    const bps = setup({ slippage: { kind: 'BPS', value: 10 }, fees: { perShare: 0.01, bps: 2, minimum: 1 } });
    submit(bps.engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 10 });
    bps.engine.onBar('X', bar(1, 100, 105, 95, 102));
    expect(bps.fills[0]!.price).toBeCloseTo(100.1, 12);
    expect(bps.fills[0]!.fee).toBe(1); // 0.1 + 0.2002 < minimum 1
    submit(bps.engine, { symbol: 'X', side: 'SELL', type: 'MARKET', quantity: 1000 }, 1);
    bps.engine.onBar('X', bar(2, 100, 105, 95, 102));
    expect(bps.fills[1]!.price).toBeCloseTo(99.9, 12);
    expect(bps.fills[1]!.fee).toBeCloseTo(10 + 0.0002 * 1000 * 99.9, 10);
    const range = setup({ slippage: { kind: 'BAR_RANGE', value: 0.1 } });
    submit(range.engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1 });
    range.engine.onBar('X', bar(1, 100, 105, 95, 102));
    expect(range.fills[0]!.price).toBeCloseTo(101, 12);
    const vol = setup({ slippage: { kind: 'VOLUME', value: 0.1 } });
    submit(vol.engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 100 });
    vol.engine.onBar('X', bar(1, 100, 105, 95, 102, 10_000));
    expect(vol.fills[0]!.price).toBeCloseTo(100 + 0.1 * 100 * Math.sqrt(0.01), 12);
  });

  it('LIMIT: fills at the limit when the path reaches it, at a better open, or not at all', () => {
    const { engine, fills, types } = setup();
    const a = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 97 });
    const b = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 101 });
    const c = submit(engine, { symbol: 'X', side: 'SELL', type: 'LIMIT', quantity: 1, limitPrice: 120 });
    engine.onBar('X', bar(1, 100, 101, 96, 99));
    expect(fills.find((f) => f.orderId === a)!.price).toBe(97);
    expect(fills.find((f) => f.orderId === b)!.price).toBe(100);
    expect(types(c)).toEqual(['SUBMITTED', 'ACCEPTED']);
  });

  it('STOP: fills at the stop when crossed intrabar, at the open when the bar gaps through it', () => {
    const { engine, fills } = setup({ slippage: { kind: 'BPS', value: 10 } });
    const up = submit(engine, { symbol: 'X', side: 'BUY', type: 'STOP', quantity: 1, stopPrice: 104 });
    engine.onBar('X', bar(1, 100, 105, 99, 103));
    expect(fills.find((f) => f.orderId === up)!.price).toBeCloseTo(104 * 1.001, 12);
    const gap = submit(engine, { symbol: 'X', side: 'SELL', type: 'STOP', quantity: 1, stopPrice: 95 }, 1);
    engine.onBar('X', bar(2, 90, 92, 88, 91));
    expect(fills.find((f) => f.orderId === gap)!.price).toBeCloseTo(90 * 0.999, 12); // the open, not 95
  });

  it('intrabar path open → nearer extreme → other → close decides which OCO leg fills (ties: low first)', () => {
    for (const [high, winner] of [
      [105, 'STOP'], // high 5 away, low 5 away: tie → low first → the stop at 96 fills first
      [104.5, 'LIMIT'], // high nearer → the take-profit limit at 104 fills first
    ] as const) {
      const { engine, fills, types } = setup();
      submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 10 });
      engine.onBar('X', bar(1, 100, 100, 100, 100));
      const r = engine.submitOco(
        [
          { symbol: 'X', side: 'SELL', type: 'LIMIT', quantity: 10, limitPrice: 104 },
          { symbol: 'X', side: 'SELL', type: 'STOP', quantity: 10, stopPrice: 96 },
        ],
        1,
      );
      if (!r.ok) throw new Error(r.message);
      engine.onBar('X', bar(2, 100, high, 95, 100));
      const [limitId, stopId] = r.orderIds as [string, string];
      const filled = winner === 'LIMIT' ? limitId : stopId;
      const other = winner === 'LIMIT' ? stopId : limitId;
      expect(types(filled).at(-1)).toBe('FILLED');
      expect(types(other).at(-1)).toBe('CANCELLED');
      expect(fills.at(-1)!.price).toBe(winner === 'LIMIT' ? 104 : 96);
      expect(engine.position('X')).toBe(0);
    }
  });

  it('STOP_LIMIT: triggers at the stop, then fills as a limit (or waits, TRIGGERED, when the bar gaps past the limit)', () => {
    const { engine, fills, types } = setup();
    const a = submit(engine, { symbol: 'X', side: 'BUY', type: 'STOP_LIMIT', quantity: 1, stopPrice: 104, limitPrice: 104.5 });
    engine.onBar('X', bar(1, 100, 106, 99, 105));
    expect(types(a)).toEqual(['SUBMITTED', 'ACCEPTED', 'TRIGGERED', 'FILLED']);
    expect(fills[0]!.price).toBe(104);
    const b = submit(engine, { symbol: 'X', side: 'BUY', type: 'STOP_LIMIT', quantity: 1, stopPrice: 104, limitPrice: 104.5 }, 1);
    engine.onBar('X', bar(2, 106, 106.5, 105, 106)); // gaps above the limit: triggered, not filled
    expect(types(b)).toEqual(['SUBMITTED', 'ACCEPTED', 'TRIGGERED']);
    expect(engine.order(b)!.status).toBe('TRIGGERED');
    engine.onBar('X', bar(3, 106, 107, 104, 105)); // high first (1 < 2), then down through 104.5
    expect(types(b).at(-1)).toBe('FILLED');
    expect(fills[1]!.price).toBe(104.5);
  });

  it('TRAILING_STOP (amount): the stop follows the best price along the path and fires on the way back', () => {
    const { engine, fills } = setup();
    engine.onBar('X', bar(0, 100, 100, 100, 100)); // last price 100
    const id = submit(engine, { symbol: 'X', side: 'SELL', type: 'TRAILING_STOP', quantity: 1, trailingAmount: 5 });
    expect(engine.order(id)!.stopPrice).toBe(95);
    engine.onBar('X', bar(1, 101, 110, 100, 108)); // 101 → 100 → 110 → 108: best 110, stop 105
    expect(engine.order(id)!.stopPrice).toBe(105);
    expect(fills).toHaveLength(0);
    engine.onBar('X', bar(2, 107, 108, 103, 104)); // 107 → 108 (best still 110, stop 105) → 103: fires at 105
    expect(fills[0]).toMatchObject({ orderId: id, price: 105 });
  });

  it('TRAILING_STOP (percent) and a gap below the stop fill at the open', () => {
    const { engine, fills } = setup();
    engine.onBar('X', bar(0, 100, 100, 100, 100));
    const id = submit(engine, { symbol: 'X', side: 'SELL', type: 'TRAILING_STOP', quantity: 1, trailingPercent: 10 });
    expect(engine.order(id)!.stopPrice).toBe(90);
    engine.onBar('X', bar(1, 80, 85, 79, 84));
    expect(fills[0]).toMatchObject({ orderId: id, price: 80 });
  });

  it('MARKET_ON_OPEN fills at the next open, MARKET_ON_CLOSE at the next close', () => {
    const { engine, fills } = setup();
    const moo = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET_ON_OPEN', quantity: 1 });
    const moc = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET_ON_CLOSE', quantity: 1 });
    engine.onBar('X', bar(1, 100, 105, 95, 102));
    expect(fills.find((f) => f.orderId === moo)!.price).toBe(100);
    expect(fills.find((f) => f.orderId === moc)!.price).toBe(102);
  });
});

describe('OrderEngine: time in force', () => {
  it('DAY expires at the end of its first session; GTC stays', () => {
    const { engine, types } = setup();
    const day = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 90, timeInForce: 'DAY' });
    const gtc = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 90 });
    engine.onBar('X', bar(1, 100, 101, 95, 99));
    expect(types(day)).toEqual(['SUBMITTED', 'ACCEPTED', 'EXPIRED']);
    expect(types(gtc)).toEqual(['SUBMITTED', 'ACCEPTED']);
  });

  it('GTD expires once a bar starts after expireAt', () => {
    const { engine, types } = setup();
    const id = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 90, timeInForce: 'GTD', expireAt: 5 });
    engine.onBar('X', bar(3, 100, 101, 95, 99));
    expect(engine.order(id)!.status).toBe('ACCEPTED');
    engine.onBar('X', bar(6, 100, 101, 80, 99)); // would have filled, but it expired first
    expect(types(id)).toEqual(['SUBMITTED', 'ACCEPTED', 'EXPIRED']);
  });

  it('IOC fills what it can at the first price and cancels the rest; FOK fills all or nothing', () => {
    const { engine, types, fills } = setup({ maxVolumeShare: 0.1 });
    const ioc = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 150, timeInForce: 'IOC' });
    engine.onBar('X', bar(1, 100, 101, 99, 100, 1000)); // cap 100 shares
    expect(types(ioc)).toEqual(['SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED', 'CANCELLED']);
    expect(fills[0]!.qty).toBe(100);
    const fokBig = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 150, timeInForce: 'FOK' }, 1);
    const fokSmall = submit(engine, { symbol: 'Y', side: 'BUY', type: 'MARKET', quantity: 50, timeInForce: 'FOK' }, 1);
    engine.onBar('X', bar(2, 100, 101, 99, 100, 1000));
    engine.onBar('Y', bar(2, 10, 11, 9, 10, 1000));
    expect(types(fokBig)).toEqual(['SUBMITTED', 'ACCEPTED', 'CANCELLED']);
    expect(types(fokSmall)).toEqual(['SUBMITTED', 'ACCEPTED', 'FILLED']);
    // An IOC limit that is not marketable at the open is cancelled even if the bar reaches it later.
    const iocLimit = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 95, timeInForce: 'IOC' }, 2);
    engine.onBar('X', bar(3, 100, 101, 90, 100, 1000));
    expect(types(iocLimit)).toEqual(['SUBMITTED', 'ACCEPTED', 'CANCELLED']);
  });
});

describe('OrderEngine: partial fills, brackets, OCO, reduce-only, cancel and amend', () => {
  it('caps fills at a share of each bar volume (partial fills across bars)', () => {
    const { engine, types, fills } = setup({ maxVolumeShare: 0.1 });
    const id = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 250 });
    for (let t = 1; t <= 3; t++) engine.onBar('X', bar(t, 100 + t, 105, 95, 100, 1000));
    expect(types(id)).toEqual(['SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED', 'PARTIALLY_FILLED', 'FILLED']);
    expect(fills.map((f) => [f.qty, f.price])).toEqual([
      [100, 101],
      [100, 102],
      [50, 103],
    ]);
    expect(engine.order(id)!.avgFillPrice).toBeCloseTo((100 * 101 + 100 * 102 + 50 * 103) / 250, 12);
  });

  it('bracket: children wait for the entry, then act as OCO; the take-profit cancels the stop-loss', () => {
    const { engine, types } = setup();
    const r = engine.submitBracket({ entry: { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 10 }, takeProfitPrice: 110, stopLossPrice: 90 }, 0);
    if (!r.ok) throw new Error(r.message);
    expect(types(r.takeProfitOrderId!)).toEqual(['SUBMITTED']);
    engine.onBar('X', bar(1, 100, 111, 89, 100)); // entry fills at the open; children start next bar
    expect(types(r.entryOrderId)).toEqual(['SUBMITTED', 'ACCEPTED', 'FILLED']);
    expect(types(r.takeProfitOrderId!)).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect(engine.position('X')).toBe(10);
    engine.onBar('X', bar(2, 100, 111, 99, 105));
    expect(types(r.takeProfitOrderId!).at(-1)).toBe('FILLED');
    expect(types(r.stopLossOrderId!).at(-1)).toBe('CANCELLED');
    expect(engine.position('X')).toBe(0);
  });

  it('bracket: an entry cancelled before filling cancels its children; bad prices name the field', () => {
    const { engine, types } = setup();
    const r = engine.submitBracket({ entry: { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 10, limitPrice: 95 }, takeProfitPrice: 110, stopLossPrice: 90 }, 0);
    if (!r.ok) throw new Error(r.message);
    expect(engine.cancel(r.entryOrderId, 1)).toEqual({ ok: true });
    expect(types(r.stopLossOrderId!)).toEqual(['SUBMITTED', 'CANCELLED']);
    expect(engine.submitBracket({ entry: { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1 }, takeProfitPrice: 90, stopLossPrice: 110 }, 0)).toMatchObject({ ok: false, field: 'takeProfitPrice' });
    expect(engine.submitBracket({ entry: { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 100 }, stopLossPrice: 101 }, 0)).toMatchObject({ ok: false, field: 'stopLossPrice' });
    expect(engine.submitBracket({ entry: { symbol: 'Z', side: 'BUY', type: 'MARKET', quantity: 1 }, stopLossPrice: 1 }, 0)).toMatchObject({ ok: false, field: 'entry.symbol' });
  });

  it('reduce-only: rejected when flat, clipped to the position, remainder cancelled', () => {
    const { engine, types, fills } = setup();
    const flat = submit(engine, { symbol: 'X', side: 'SELL', type: 'MARKET', quantity: 5, reduceOnly: true });
    expect(types(flat)).toEqual(['SUBMITTED', 'REJECTED']);
    submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 5 });
    engine.onBar('X', bar(1, 100, 101, 99, 100));
    const id = submit(engine, { symbol: 'X', side: 'SELL', type: 'MARKET', quantity: 8, reduceOnly: true }, 1);
    engine.onBar('X', bar(2, 100, 101, 99, 100));
    expect(fills.at(-1)!.qty).toBe(5);
    expect(types(id)).toEqual(['SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED', 'CANCELLED']);
    expect(engine.position('X')).toBe(0);
  });

  it('cancel and amend: events with reasons, errors naming the field', () => {
    const { engine, events, fills } = setup();
    const id = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 2, limitPrice: 90 });
    expect(engine.amend(id, { limitPrice: 96 }, 0)).toEqual({ ok: true });
    expect(events.at(-1)).toMatchObject({ type: 'AMENDED', reason: 'limitPrice 90 → 96' });
    expect(engine.amend(id, { stopPrice: 1 }, 0)).toMatchObject({ ok: false, field: 'stopPrice' });
    expect(engine.amend(id, { quantity: -1 }, 0)).toMatchObject({ ok: false, field: 'quantity' });
    engine.onBar('X', bar(1, 100, 101, 95, 99));
    expect(fills[0]!.price).toBe(96);
    expect(engine.cancel(id, 1)).toMatchObject({ ok: false, field: 'orderId' });
    expect(engine.cancel('O-999', 1)).toMatchObject({ ok: false, field: 'orderId' });
    const other = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 2, limitPrice: 90 }, 1);
    expect(engine.cancel(other, 2, 'user changed their mind')).toEqual({ ok: true });
    expect(events.at(-1)).toMatchObject({ orderId: other, type: 'CANCELLED', status: 'CANCELLED', reason: 'user changed their mind', ts: 2 });
    expect(engine.openOrders()).toEqual([]);
  });
});

describe('OrderEngine: validation', () => {
  const { engine } = setup();
  const cases: [Record<string, unknown>, string][] = [
    [{ symbol: 'NOPE', side: 'BUY', type: 'MARKET', quantity: 1 }, 'symbol'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: -1 }, 'quantity'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 0 }, 'quantity'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: Number.NaN }, 'quantity'],
    [{ symbol: 'X', side: 'HOLD', type: 'MARKET', quantity: 1 }, 'side'],
    [{ symbol: 'X', side: 'BUY', type: 'ICEBERG', quantity: 1 }, 'type'],
    [{ symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1 }, 'limitPrice'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1, limitPrice: 5 }, 'limitPrice'],
    [{ symbol: 'X', side: 'BUY', type: 'STOP', quantity: 1 }, 'stopPrice'],
    [{ symbol: 'X', side: 'BUY', type: 'STOP_LIMIT', quantity: 1, stopPrice: 5 }, 'limitPrice'],
    [{ symbol: 'X', side: 'SELL', type: 'TRAILING_STOP', quantity: 1 }, 'trailingAmount'],
    [{ symbol: 'X', side: 'SELL', type: 'TRAILING_STOP', quantity: 1, trailingAmount: 1, trailingPercent: 1 }, 'trailingAmount'],
    [{ symbol: 'X', side: 'SELL', type: 'TRAILING_STOP', quantity: 1, trailingPercent: 150 }, 'trailingPercent'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1, timeInForce: 'GTD' }, 'expireAt'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1, timeInForce: 'GTD', expireAt: -5 }, 'expireAt'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1, timeInForce: 'FOREVER' }, 'timeInForce'],
    [{ symbol: 'X', side: 'BUY', type: 'MARKET_ON_CLOSE', quantity: 1, timeInForce: 'IOC' }, 'timeInForce'],
  ];
  it.each(cases)('%j is rejected naming %s, without creating an order or throwing', (req, field) => {
    const r = engine.submit(req as never, 0);
    expect(r).toMatchObject({ ok: false, field });
    expect(engine.openOrders()).toEqual([]);
  });
  it('an OCO group names the bad order', () => {
    expect(engine.submitOco([{ symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1 }, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1 }], 0)).toMatchObject({
      ok: false,
      field: 'orders.1.limitPrice',
    });
  });
});

describe('OrderEngine: determinism and quotes', () => {
  function touchRun(seed: number) {
    const { engine, events } = setup({ seed, probFillOnLimit: 0.5 });
    for (let t = 0; t < 40; t++) {
      submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 95, timeInForce: 'DAY' }, 2 * t);
      engine.onBar('X', bar(2 * t + 1, 100, 101, 95, 99)); // touches 95 without crossing
    }
    return events.map((e) => `${e.orderId}:${e.type}`);
  }
  it('a seeded run is reproducible bit for bit; the seed drives touched-limit fills', () => {
    const a = touchRun(7);
    expect(touchRun(7)).toEqual(a);
    const filled = a.filter((x) => x.endsWith(':FILLED')).length;
    expect(filled).toBeGreaterThan(5);
    expect(filled).toBeLessThan(35);
    expect(touchRun(8)).not.toEqual(a);
  });

  it('ignores data of symbols it does not trade; addSymbol and setPosition extend and sync the book', () => {
    const { engine, fills } = setup();
    expect(() => engine.onQuote({ symbol: 'ZZZ', ts: 1, bid: 1, ask: 1.1, last: 1 })).not.toThrow();
    expect(() => engine.onBar('ZZZ', bar(1, 1, 1, 1, 1))).not.toThrow();
    expect(engine.submit({ symbol: 'Z', side: 'SELL', type: 'MARKET', quantity: 1 }, 1)).toMatchObject({ ok: false, field: 'symbol' });
    engine.addSymbol('Z', 3);
    expect(engine.position('Z')).toBe(3);
    const id = submit(engine, { symbol: 'Z', side: 'SELL', type: 'MARKET', quantity: 5, reduceOnly: true }, 1);
    engine.onQuote({ symbol: 'Z', ts: 2, bid: 9.9, ask: 10.1, last: 10 });
    expect(fills).toEqual([expect.objectContaining({ orderId: id, qty: 3, price: 9.9 })]);
    expect(engine.setPosition('Z', -2)).toEqual({ ok: true });
    expect(engine.position('Z')).toBe(-2);
    expect(engine.setPosition('NOPE', 1)).toMatchObject({ ok: false, field: 'symbol' });
  });

  it('probFillOnLimit only applies to touches: a limit the path goes through always fills', () => {
    const { engine, types } = setup({ probFillOnLimit: 0 });
    const touched = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 95 });
    const through = submit(engine, { symbol: 'Y', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 10 });
    const atOpen = submit(engine, { symbol: 'X', side: 'SELL', type: 'LIMIT', quantity: 1, limitPrice: 100 });
    engine.onBar('X', bar(1, 100, 100, 95, 99)); // low exactly 95; high exactly 100 = open
    engine.onBar('Y', bar(1, 10, 10.5, 9.5, 10)); // opens at the limit and goes through it
    expect(types(touched)).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect(types(atOpen)).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect(types(through).at(-1)).toBe('FILLED');
  });

  it('paper trading on quotes: market at the ask/bid, limits when marketable, stops on the last price, MOC at the session close', () => {
    const { engine, fills, types } = setup({ slippage: { kind: 'BPS', value: 0 } });
    const mkt = submit(engine, { symbol: 'X', side: 'BUY', type: 'MARKET', quantity: 1 });
    const lim = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 99.5 });
    engine.onQuote({ symbol: 'X', ts: 1, bid: 99.9, ask: 100.1, last: 100 });
    expect(fills.map((f) => [f.orderId, f.price])).toEqual([[mkt, 100.1]]);
    engine.onQuote({ symbol: 'X', ts: 2, bid: 99.3, ask: 99.4, last: 99.35 });
    expect(fills.at(-1)).toMatchObject({ orderId: lim, price: 99.4 });
    const stop = submit(engine, { symbol: 'X', side: 'SELL', type: 'STOP', quantity: 1, stopPrice: 99 }, 2);
    engine.onQuote({ symbol: 'X', ts: 3, bid: 99.1, ask: 99.2, last: 99.15 });
    expect(types(stop)).toEqual(['SUBMITTED', 'ACCEPTED']);
    engine.onQuote({ symbol: 'X', ts: 4, bid: 98.8, ask: 98.9, last: 98.9 });
    expect(fills.at(-1)).toMatchObject({ orderId: stop, price: 98.8 });
    const moc = submit(engine, { symbol: 'X', side: 'SELL', type: 'MARKET_ON_CLOSE', quantity: 1 }, 4);
    engine.onQuote({ symbol: 'X', ts: 5, bid: 98, ask: 98.2, last: 98.1 });
    expect(types(moc)).toEqual(['SUBMITTED', 'ACCEPTED']);
    engine.onSessionClose('X', 6);
    expect(fills.at(-1)).toMatchObject({ orderId: moc, price: 98.1 });
    const ioc = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 90, timeInForce: 'IOC' }, 6);
    const day = submit(engine, { symbol: 'X', side: 'BUY', type: 'LIMIT', quantity: 1, limitPrice: 90, timeInForce: 'DAY' }, 6);
    engine.onQuote({ symbol: 'X', ts: 7, bid: 98, ask: 98.2, last: 98.1 });
    expect(types(ioc).at(-1)).toBe('CANCELLED');
    engine.onQuote({ symbol: 'X', ts: 86_400_000 + 7, bid: 98, ask: 98.2, last: 98.1 });
    expect(types(day).at(-1)).toBe('EXPIRED');
  });
});
