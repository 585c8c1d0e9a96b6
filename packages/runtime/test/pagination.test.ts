import { describe, expect, it } from 'vitest';
import { checkPageSize, containsPattern, decodeCursor, encodeCursor, toPage, MAX_PAGE_SIZE } from '../src/pagination.ts';

describe('cursor pagination kit', () => {
  it('round-trips a cursor and refuses one of another kind or shape', () => {
    const cursor = encodeCursor('portfolio', '42');
    expect(decodeCursor('portfolio', cursor, 'portfolios', /^\d{1,9}$/)).toBe('42');
    expect(() => decodeCursor('instrument', cursor, 'instruments')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => decodeCursor('portfolio', encodeCursor('portfolio', 'x'), 'portfolios', /^\d{1,9}$/)).toThrow(/cursor/);
  });

  it('checks the page size and builds a page from one row past it', () => {
    expect(checkPageSize(undefined)).toBe(50);
    expect(() => checkPageSize(MAX_PAGE_SIZE + 1)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }));
    const page = toPage([{ id: 1 }, { id: 2 }, { id: 3 }], 2, 10, (r) => String(r.id));
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, endCursor: '2' });
    expect(page.totalCount).toBe(10);
  });

  it('escapes LIKE wildcards in a search', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
