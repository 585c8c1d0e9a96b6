import type { AccountBook } from '../service/types.ts';

/**
 * The monitor's books in memory, indexed so a tick finds the accounts it moves
 * without scanning: by instrument held (positions, options' underlyings) and by
 * collateral security, plus the FX pair instruments that convert an account's
 * foreign collateral (an FX tick moves both its value and the account). Pure.
 */
export class AccountIndex {
  private readonly books = new Map<string, AccountBook>();
  private readonly byInstrument = new Map<string, Set<string>>();
  private readonly byCollateral = new Map<string, Set<string>>();
  private readonly fxOf = new Map<string, string[]>();

  get size(): number {
    return this.books.size;
  }

  book(accountId: string): AccountBook | undefined {
    return this.books.get(accountId);
  }

  accountIds(): IterableIterator<string> {
    return this.books.keys();
  }

  /** FX pair instruments the account's foreign collateral is converted with (as filed). */
  fxInstruments(accountId: string): readonly string[] {
    return this.fxOf.get(accountId) ?? [];
  }

  /** Accounts whose valuation a tick of `instrumentId` moves. */
  movedBy(instrumentId: string): ReadonlySet<string> | undefined {
    return this.byInstrument.get(instrumentId);
  }

  /** Accounts that post `instrumentId` (or convert collateral with it) as collateral. */
  collateralHeldBy(instrumentId: string): ReadonlySet<string> | undefined {
    return this.byCollateral.get(instrumentId);
  }

  /** Files (or re-files) a book with the FX pair instruments its collateral needs. */
  file(book: AccountBook, fxInstruments: readonly string[]): void {
    const id = book.account.id;
    this.unfile(id);
    this.books.set(id, book);
    for (const instrumentId of book.instrumentIds) fileUnder(this.byInstrument, instrumentId, id);
    for (const h of book.holdings) if (h.instrumentId) fileUnder(this.byCollateral, h.instrumentId, id);
    this.fxOf.set(id, [...fxInstruments]);
    for (const pair of fxInstruments) {
      fileUnder(this.byInstrument, pair, id);
      fileUnder(this.byCollateral, pair, id);
    }
  }

  /** Removes an account and its index entries. */
  remove(accountId: string): void {
    this.unfile(accountId);
    this.books.delete(accountId);
  }

  private unfile(accountId: string): void {
    const previous = this.books.get(accountId);
    if (!previous) return;
    for (const id of previous.instrumentIds) this.byInstrument.get(id)?.delete(accountId);
    for (const h of previous.holdings) if (h.instrumentId) this.byCollateral.get(h.instrumentId)?.delete(accountId);
    for (const pair of this.fxOf.get(accountId) ?? []) {
      this.byInstrument.get(pair)?.delete(accountId);
      this.byCollateral.get(pair)?.delete(accountId);
    }
    this.fxOf.delete(accountId);
  }
}

function fileUnder(index: Map<string, Set<string>>, key: string, accountId: string): void {
  let accounts = index.get(key);
  if (!accounts) index.set(key, (accounts = new Set()));
  accounts.add(accountId);
}
