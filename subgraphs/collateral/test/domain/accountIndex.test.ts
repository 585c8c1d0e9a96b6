import { describe, expect, it } from 'vitest';
import { AccountIndex } from '../../src/domain/accountIndex.ts';
import type { AccountBook } from '../../src/service/types.ts';

const book = (id: string, instrumentIds: string[], collateral: string[]): AccountBook =>
  ({ account: { id }, instrumentIds, holdings: collateral.map((instrumentId) => ({ instrumentId })) }) as unknown as AccountBook;

describe('AccountIndex', () => {
  it('finds the accounts a tick moves: by position, by collateral, by the FX pair of foreign collateral', () => {
    const index = new AccountIndex();
    index.file(book('a', ['1', '2'], ['7']), ['90']);
    index.file(book('b', ['2'], []), []);
    expect([...(index.movedBy('2') ?? [])].sort()).toEqual(['a', 'b']);
    expect([...(index.movedBy('90') ?? [])]).toEqual(['a']);
    expect([...(index.collateralHeldBy('7') ?? [])]).toEqual(['a']);
    expect([...(index.collateralHeldBy('90') ?? [])]).toEqual(['a']);
    expect(index.fxInstruments('a')).toEqual(['90']);
    expect(index.size).toBe(2);
  });

  it('re-filing a book drops what it no longer holds; remove drops it everywhere', () => {
    const index = new AccountIndex();
    index.file(book('a', ['1', '2'], ['7']), ['90']);
    index.file(book('a', ['3'], []), []);
    expect(index.movedBy('1')?.size ?? 0).toBe(0);
    expect(index.movedBy('90')?.size ?? 0).toBe(0);
    expect(index.collateralHeldBy('7')?.size ?? 0).toBe(0);
    expect([...(index.movedBy('3') ?? [])]).toEqual(['a']);
    index.remove('a');
    expect(index.movedBy('3')?.size ?? 0).toBe(0);
    expect(index.book('a')).toBeUndefined();
    expect([...index.accountIds()]).toEqual([]);
  });
});
