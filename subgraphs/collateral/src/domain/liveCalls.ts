/**
 * The margin-call state machine of the monitor, per account, in memory and
 * pure (no I/O). The database is the record; this follows it so a tick can
 * decide "raise" or "clear" without a query, and so that writes in flight
 * never undo each other:
 *
 *   none ──raise()──▶ pending ──raised(id)──▶ live ──clear()──▶ none
 *            ▲            │ raiseFailed(stored?)        │ clearFailed()
 *            └────────────┘ (adopt the stored call,     └──▶ live again
 *                           else back to none)
 *
 * A pending raise is an object compared by identity when its write returns:
 * a clear or a manual resolve that happened meanwhile must not be undone, and
 * a newer pending raise must not be dropped.
 */
export interface LiveCall {
  /** Database id; null while the raise is being written. */
  id: string | null;
  kind: string;
}

export class LiveCallBook {
  private readonly calls = new Map<string, LiveCall>();

  /** Accounts with a live (or pending) call. */
  get size(): number {
    return this.calls.size;
  }

  has(accountId: string): boolean {
    return this.calls.has(accountId);
  }

  get(accountId: string): LiveCall | undefined {
    return this.calls.get(accountId);
  }

  /** Calls already live in the database (at start). */
  load(calls: Iterable<{ accountId: string; id: string; kind: string }>): void {
    for (const call of calls) this.calls.set(call.accountId, { id: call.id, kind: call.kind });
  }

  /** A breach: the call is pending until its write returns. Returns the token the write's outcome is matched with. */
  raise(accountId: string, kind: string): LiveCall {
    const pending: LiveCall = { id: null, kind };
    this.calls.set(accountId, pending);
    return pending;
  }

  /** The raise was written: the pending call gets its id, unless something replaced or cleared it meanwhile. */
  raised(accountId: string, pending: LiveCall, id: string): void {
    if (this.calls.get(accountId) === pending) pending.id = id;
  }

  /**
   * The raise was not written. When a live call is already stored (the
   * one-live-call index refused a second), adopt it; otherwise forget the
   * pending call so the next tick can try again. Only if the pending call is
   * still the account's.
   */
  raiseFailed(accountId: string, pending: LiveCall, storedId: string | undefined): void {
    if (this.calls.get(accountId) !== pending) return;
    if (storedId) pending.id = storedId;
    else this.calls.delete(accountId);
  }

  /** Equity is back above the band: the call is cleared at once; returns what was live (for clearFailed). */
  clear(accountId: string): LiveCall | undefined {
    const live = this.calls.get(accountId);
    this.calls.delete(accountId);
    return live;
  }

  /** The clear was not written: the call is still live in the database, remember it so the next tick retries. */
  clearFailed(accountId: string, cleared: LiveCall): void {
    if (!this.calls.has(accountId)) this.calls.set(accountId, cleared);
  }

  /** A call closed outside the monitor (by hand) or an account that is gone. */
  forget(accountId: string): void {
    this.calls.delete(accountId);
  }
}
