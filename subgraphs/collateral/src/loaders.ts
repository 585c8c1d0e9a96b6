import { createBatchLoaders } from '@nautilus/runtime';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import { findAccounts } from './store/loadAccountBooks.ts';
import { findRequirementHistories, type RequirementSnapshot } from './store/findRequirementHistory.ts';
import { findCallEvents, findCallsOfAccounts, findMarginCallsByIds } from './store/marginCalls.ts';
import { findMarginWarningsByIds, findWarningsOfAccounts } from './store/marginWarnings.ts';
import type { AccountRow, MarginCallRow, MarginCallStatusName, MarginWarningRow } from './service/types.ts';

/**
 * Per-request dataloaders (a new set for every request, so nothing is cached
 * across users or over time): N accounts, calls or portfolios cost one query.
 */
export interface CollateralLoaders {
  accountById: DataLoader<string, AccountRow | null>;
  accountsByOwner: DataLoader<string, AccountRow[]>;
  accountByPortfolio: DataLoader<string, AccountRow | null>;
  callById: DataLoader<string, MarginCallRow | null>;
  callEvents: DataLoader<string, Array<{ status: string; ts: Date; note: string | null }>>;
  warningById: DataLoader<string, MarginWarningRow | null>;
  /** Key {@link childKey}: an account's newest calls (of some statuses). */
  callsByAccount: DataLoader<string, MarginCallRow[]>;
  /** Key {@link childKey}: an account's newest warnings. */
  warningsByAccount: DataLoader<string, MarginWarningRow[]>;
  /** Key {@link childKey}: an account's newest requirement snapshots. */
  requirementHistory: DataLoader<string, RequirementSnapshot[]>;
}

/** Key of the child-list loaders: the account and the list's arguments; one query per distinct argument set. */
export function childKey(accountId: string, first: number, statuses?: readonly MarginCallStatusName[] | null): string {
  return JSON.stringify([accountId, first, statuses ? [...statuses].sort() : null]);
}

/**
 * Batches child-list keys by their arguments: one `find(accountIds, first,
 * statuses)` per distinct argument set, however many accounts.
 */
function childLists<T>(find: (accountIds: string[], first: number, statuses: MarginCallStatusName[] | null) => Promise<Map<string, T[]>>) {
  return async (keys: readonly string[]): Promise<Map<string, T[]>> => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [accountId, first, statuses] = JSON.parse(key) as [string, number, MarginCallStatusName[] | null];
      const group = JSON.stringify([first, statuses]);
      groups.set(group, [...(groups.get(group) ?? []), accountId]);
    }
    const found = new Map<string, T[]>();
    await Promise.all(
      [...groups].map(async ([group, accountIds]) => {
        const [first, statuses] = JSON.parse(group) as [number, MarginCallStatusName[] | null];
        const valid = accountIds.filter((id) => /^\d{1,9}$/.test(id));
        const rows = valid.length > 0 ? await find(valid, first, statuses) : new Map<string, T[]>();
        for (const id of accountIds) found.set(childKey(id, first, statuses), rows.get(id) ?? []);
      }),
    );
    return found;
  };
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  /** Observes each batch (tests assert batching with it). */
  onBatch?: (loader: keyof CollateralLoaders, keys: readonly unknown[]) => void;
}

const numeric = (ids: readonly string[]) => ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);

export function createLoaders({ pool, onBatch }: CreateLoadersOptions): CollateralLoaders {
  const batch = createBatchLoaders<CollateralLoaders>({ onBatch });
  return {
    accountById: batch.byKey('accountById', { load: (ids) => findAccounts(pool, numeric(ids)), key: (a) => a.id }),
    accountsByOwner: batch.groupsByKey('accountsByOwner', {
      load: async (ownerIds) => {
        const owners = numeric(ownerIds);
        return owners.length > 0 ? findAccounts(pool, null, owners) : [];
      },
      key: (a) => a.ownerEntityId,
    }),
    accountByPortfolio: batch.byKey('accountByPortfolio', {
      load: async (portfolioIds) => {
        const { rows } = await pool.query<{ portfolioId: string; accountId: number }>(
          `SELECT portfolio_id::text AS "portfolioId", account_id AS "accountId" FROM collateral.margin_account_portfolio WHERE portfolio_id = ANY($1::int[])`,
          [numeric(portfolioIds)],
        );
        const accounts = new Map((await findAccounts(pool, [...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a]));
        return new Map(rows.map((r) => [r.portfolioId, accounts.get(String(r.accountId)) ?? null]));
      },
    }),
    callById: batch.byKey('callById', { load: (ids) => findMarginCallsByIds(pool, ids) }),
    callEvents: batch.groupsByKey('callEvents', { load: (ids) => findCallEvents(pool, ids) }),
    callsByAccount: batch.groupsByKey('callsByAccount', { load: childLists((ids, first, statuses) => findCallsOfAccounts(pool, ids, statuses, first)) }),
    warningsByAccount: batch.groupsByKey('warningsByAccount', { load: childLists((ids, first) => findWarningsOfAccounts(pool, ids, first)) }),
    requirementHistory: batch.groupsByKey('requirementHistory', { load: childLists((ids, first) => findRequirementHistories(pool, ids, first)) }),
    warningById: batch.byKey('warningById', { load: (ids) => findMarginWarningsByIds(pool, ids) }),
  };
}
