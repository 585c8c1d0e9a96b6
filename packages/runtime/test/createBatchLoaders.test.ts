import type DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { createBatchLoaders } from '../src/index.ts';

interface Row {
  id: number;
  owner: string;
  balance: number;
}

const rows: Row[] = [
  { id: 1, owner: 'ann', balance: 10 },
  { id: 2, owner: 'bob', balance: 0 },
  { id: 3, owner: 'ann', balance: 30 },
];

interface Loaders {
  byId: DataLoader<number, Row | null>;
  balanceById: DataLoader<number, number>;
  byOwner: DataLoader<string, Row[]>;
  idsByOwner: DataLoader<string, number[]>;
  fromMap: DataLoader<number, string | null>;
  listsFromMap: DataLoader<number, string[]>;
}

function setup() {
  const batches: Array<[keyof Loaders, readonly unknown[]]> = [];
  const loads: Array<readonly unknown[]> = [];
  const batch = createBatchLoaders<Loaders>({ onBatch: (name, keys) => batches.push([name, keys]) });
  const find = async (ids: readonly number[]) => {
    loads.push(ids);
    // The database answers in its own order, not the keys'.
    return rows.filter((row) => ids.includes(row.id)).reverse();
  };
  const findOwned = async (owners: readonly string[]) => rows.filter((row) => owners.includes(row.owner));
  const loaders: Loaders = {
    byId: batch.byKey('byId', { load: find, key: (row) => row.id }),
    balanceById: batch.byKey('balanceById', { load: find, key: (row) => row.id, value: (row) => row.balance, missing: -1 }),
    byOwner: batch.groupsByKey('byOwner', { load: findOwned, key: (row) => row.owner }),
    idsByOwner: batch.groupsByKey('idsByOwner', { load: findOwned, key: (row) => row.owner, value: (row) => row.id }),
    fromMap: batch.byKey('fromMap', { load: async (ids) => new Map(ids.filter((id) => id % 2 === 0).map((id) => [id, `even ${id}`])) }),
    listsFromMap: batch.groupsByKey('listsFromMap', { load: async (ids) => new Map(ids.filter((id) => id > 1).map((id) => [id, [`${id}a`, `${id}b`]])) }),
  };
  return { loaders, batches, loads };
}

describe('createBatchLoaders', () => {
  it('answers one value per key, in the order of the keys, null for a key load did not return, in one batch', async () => {
    const { loaders, batches, loads } = setup();
    const found = await Promise.all([3, 9, 1, 2].map((id) => loaders.byId.load(id)));
    expect(found.map((row) => row?.id ?? null)).toEqual([3, null, 1, 2]);
    expect(batches).toEqual([['byId', [3, 9, 1, 2]]]);
    expect(loads).toEqual([[3, 9, 1, 2]]);
  });

  it('maps rows with value and fills misses with missing (0 stays 0)', async () => {
    const { loaders } = setup();
    expect(await loaders.balanceById.loadMany([2, 1, 7])).toEqual([0, 10, -1]);
  });

  it('answers a list per key, rows in the order load returned them, [] for a key without rows', async () => {
    const { loaders, batches } = setup();
    const [ann, cy, bob] = await Promise.all(['ann', 'cy', 'bob'].map((owner) => loaders.byOwner.load(owner)));
    expect(ann!.map((row) => row.id)).toEqual([1, 3]);
    expect(cy).toEqual([]);
    expect(bob!.map((row) => row.id)).toEqual([2]);
    expect(await loaders.idsByOwner.loadMany(['bob', 'ann'])).toEqual([[2], [1, 3]]);
    expect(batches).toEqual([
      ['byOwner', ['ann', 'cy', 'bob']],
      ['idsByOwner', ['bob', 'ann']],
    ]);
  });

  it('takes values already keyed in a Map', async () => {
    const { loaders } = setup();
    expect(await loaders.fromMap.loadMany([1, 2, 4])).toEqual([null, 'even 2', 'even 4']);
    expect(await loaders.listsFromMap.loadMany([1, 2])).toEqual([[], ['2a', '2b']]);
  });

  it('caches per loader: a key loaded twice is read once', async () => {
    const { loaders, loads } = setup();
    await loaders.byId.load(1);
    await loaders.byId.load(1);
    expect(loads).toEqual([[1]]);
  });

  it('types keys and values from the loaders interface', () => {
    const batch = createBatchLoaders<Loaders>();
    const find = async (_ids: readonly number[]): Promise<Row[]> => [];
    // @ts-expect-error: balanceById holds numbers, so rows need a `value`
    batch.byKey('balanceById', { load: find, key: (row: Row) => row.id, missing: 0 });
    // @ts-expect-error: a number loader cannot fall back to null, so `missing` is required
    batch.byKey('balanceById', { load: find, key: (row) => row.id, value: (row) => row.balance });
    // @ts-expect-error: byOwner is keyed by owner name, not id
    batch.groupsByKey('byOwner', { load: async (_owners) => [] as Row[], key: (row) => row.id });
    expect(batch).toBeDefined();
  });
});
