import { describe, expect, it } from 'vitest';
import { EMPTY_BOOK, mergeQuote, mergeQuotes, type QuoteTick } from '../src/live/quoteBook.ts';

const t0 = '2026-01-05T14:30:00.000Z';
const t1 = '2026-01-05T14:30:01.000Z';
const t2 = '2026-01-05T14:30:02.000Z';

function tick(symbol: string, bid: number, ask: number, last: number, ts: string): QuoteTick {
  return { symbol, bid, ask, last, ts };
}

describe('mergeQuote', () => {
  it('adds a first quote without a flash', () => {
    const book = mergeQuote(EMPTY_BOOK, tick('AAPL', 99, 101, 100, t0));
    expect(book.AAPL).toMatchObject({ bid: 99, ask: 101, last: 100, ts: t0 });
    expect(book.AAPL!.changes.last).toEqual({ direction: 0, version: 0 });
  });

  it('records the direction of each changed field and bumps its version', () => {
    let book = mergeQuote(EMPTY_BOOK, tick('AAPL', 99, 101, 100, t0));
    book = mergeQuote(book, tick('AAPL', 99.5, 101, 99, t1));
    expect(book.AAPL!.changes).toEqual({
      bid: { direction: 1, version: 1 },
      ask: { direction: 0, version: 0 },
      last: { direction: -1, version: 1 },
    });
    book = mergeQuote(book, tick('AAPL', 99.5, 100.5, 99.25, t2));
    expect(book.AAPL!.changes).toEqual({
      bid: { direction: 1, version: 1 },
      ask: { direction: -1, version: 1 },
      last: { direction: 1, version: 2 },
    });
  });

  it('ignores a tick older than the one it has', () => {
    const book = mergeQuote(EMPTY_BOOK, tick('AAPL', 99, 101, 100, t1));
    expect(mergeQuote(book, tick('AAPL', 1, 2, 1.5, t0))).toBe(book);
  });

  it('returns the same book when nothing changed, so React skips the render', () => {
    const book = mergeQuote(EMPTY_BOOK, tick('AAPL', 99, 101, 100, t0));
    expect(mergeQuote(book, tick('AAPL', 99, 101, 100, t1))).toBe(book);
  });

  it('leaves other symbols and the previous book untouched', () => {
    const before = mergeQuotes(EMPTY_BOOK, [tick('AAPL', 99, 101, 100, t0), tick('MSFT', 399, 401, 400, t0)]);
    const msft = before.MSFT;
    const after = mergeQuote(before, tick('AAPL', 98, 100, 99, t1));
    expect(after.MSFT).toBe(msft);
    expect(before.AAPL!.last).toBe(100);
    expect(after.AAPL!.last).toBe(99);
  });
});

describe('mergeQuotes', () => {
  it('applies a batch in arrival order, counting every change', () => {
    const book = mergeQuotes(EMPTY_BOOK, [
      tick('EURUSD', 1.1, 1.1002, 1.1001, t0),
      tick('EURUSD', 1.1001, 1.1003, 1.1002, t1),
      tick('EURUSD', 1.1, 1.1002, 1.1001, t2),
    ]);
    expect(book.EURUSD).toMatchObject({ last: 1.1001, ts: t2 });
    expect(book.EURUSD!.changes.last).toEqual({ direction: -1, version: 2 });
  });

  it('returns the same book for an empty batch', () => {
    expect(mergeQuotes(EMPTY_BOOK, [])).toBe(EMPTY_BOOK);
  });
});
