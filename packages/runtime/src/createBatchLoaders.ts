import DataLoader from 'dataloader';

/** The key type of a `DataLoader<K, V>`. */
export type LoaderKey<L> = L extends DataLoader<infer K, any, any> ? K : never;
/** The value type of a `DataLoader<K, V>`. */
export type LoaderValue<L> = L extends DataLoader<any, infer V, any> ? V : never;

/** Called with every batch a loader runs (tests prove batching with it: `expect(batches).toEqual([['p1', 'p2']])`). */
export type OnBatch<Name> = (loader: Name, keys: readonly unknown[]) => void;

/** One-to-one: what a key's value is when `load` found nothing. Required where the value type has no `null`. */
type Missing<V> = null extends V ? { missing?: V } : { missing: V };

/** `load` returns the rows; `key` says which key a row answers. */
export type ByKeyOptions<K, V> = {
  load: (keys: readonly K[]) => Promise<readonly NonNullable<V>[]>;
  key: (row: NonNullable<V>) => K;
} & Missing<V>;

/** `load` returns rows of another shape; `value` picks what the loader answers with. */
export type ByKeyValueOptions<K, V, Row> = {
  load: (keys: readonly K[]) => Promise<readonly Row[]>;
  key: (row: Row) => K;
  value: (row: Row) => V;
} & Missing<V>;

/** `load` returns the values already keyed (services that answer with a `Map`). */
export type ByKeyMapOptions<K, V> = { load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>> } & Missing<V>;

/** One-to-many: `load` returns the rows of all keys; each key gets those whose `key` it is, in `load`'s order. */
export interface GroupsByKeyOptions<K, E> {
  load: (keys: readonly K[]) => Promise<readonly E[]>;
  key: (row: E) => K;
}

/** One-to-many, `value` picking what of each row the list holds. */
export interface GroupsByKeyValueOptions<K, E, Row> {
  load: (keys: readonly K[]) => Promise<readonly Row[]>;
  key: (row: Row) => K;
  value: (row: Row) => E;
}

/** One-to-many, the lists already keyed. */
export interface GroupsByKeyMapOptions<K, E> {
  load: (keys: readonly K[]) => Promise<ReadonlyMap<K, readonly E[]>>;
}

type ElementOf<V> = V extends ReadonlyArray<infer E> ? E : never;

/** The two kinds of batch loader, bound to one engine's loader names and batch observer. */
export interface BatchLoaders<L> {
  /**
   * A loader of one value per key (an entity by id): one `load` per batch,
   * results in the order of the keys, `missing` (default `null`) for a key
   * that `load` did not return.
   */
  byKey<N extends keyof L, Row>(name: N, options: ByKeyValueOptions<LoaderKey<L[N]>, LoaderValue<L[N]>, Row>): L[N];
  byKey<N extends keyof L>(name: N, options: ByKeyOptions<LoaderKey<L[N]>, LoaderValue<L[N]>>): L[N];
  byKey<N extends keyof L>(name: N, options: ByKeyMapOptions<LoaderKey<L[N]>, LoaderValue<L[N]>>): L[N];
  /**
   * A loader of a list per key (a portfolio's positions): one `load` per
   * batch, lists in the order of the keys, `[]` for a key without rows.
   */
  groupsByKey<N extends keyof L, Row>(name: N, options: GroupsByKeyValueOptions<LoaderKey<L[N]>, ElementOf<LoaderValue<L[N]>>, Row>): L[N];
  groupsByKey<N extends keyof L>(name: N, options: GroupsByKeyOptions<LoaderKey<L[N]>, ElementOf<LoaderValue<L[N]>>>): L[N];
  groupsByKey<N extends keyof L>(name: N, options: GroupsByKeyMapOptions<LoaderKey<L[N]>, ElementOf<LoaderValue<L[N]>>>): L[N];
}

/**
 * The one DataLoader pattern of every engine's `src/loaders.ts`: a batch
 * function must return exactly one result per key, in the keys' order, with
 * a placeholder where the database had nothing; writing that by hand thirty
 * times is how a loader ends up answering for the wrong key. `L` is the
 * engine's loaders interface, so keys and values are typed from it:
 *
 *   const batch = createBatchLoaders<RiskLoaders>({ onBatch });
 *   return {
 *     limitById: batch.byKey('limitById', { load: (ids) => findRiskLimits(pool, ids), key: (limit) => limit.id }),
 *     limitsByPortfolio: batch.groupsByKey('limitsByPortfolio', { load: (ids) => findLimitsOfPortfolios(pool, ids), key: (limit) => limit.portfolioId }),
 *   };
 *
 * Loaders are per request (DataLoader's cache is a request's memo, not a
 * cache across users); keys are compared with `===` (numbers, strings).
 * When two rows answer the same key in `byKey`, the last one wins.
 */
export function createBatchLoaders<L>(options: { onBatch?: OnBatch<keyof L> } = {}): BatchLoaders<L> {
  const { onBatch } = options;
  const define = (name: keyof L, many: boolean, spec: AnySpec) =>
    new DataLoader<unknown, unknown>(
      async (keys) => {
        onBatch?.(name, keys);
        const loaded = await spec.load(keys);
        const found = loaded instanceof Map ? loaded : index(loaded as readonly unknown[], spec, many);
        const missing = many ? undefined : spec.missing === undefined ? null : spec.missing;
        return keys.map((key) => found.get(key) ?? (many ? [] : missing));
      },
      { name: String(name) },
    );
  return {
    byKey: (name: keyof L, spec: AnySpec) => define(name, false, spec),
    groupsByKey: (name: keyof L, spec: AnySpec) => define(name, true, spec),
  } as BatchLoaders<L>;
}

interface AnySpec {
  load: (keys: readonly unknown[]) => Promise<readonly unknown[] | ReadonlyMap<unknown, unknown>>;
  key?: (row: unknown) => unknown;
  value?: (row: unknown) => unknown;
  missing?: unknown;
}

/** Rows → value (or list of values) by key. */
function index(rows: readonly unknown[], spec: AnySpec, many: boolean): Map<unknown, unknown> {
  const { key, value = (row: unknown) => row } = spec;
  if (!key) throw new TypeError('a batch loader whose load returns rows needs `key`');
  const found = new Map<unknown, unknown>();
  for (const row of rows) {
    const k = key(row);
    if (!many) found.set(k, value(row));
    else {
      const list = found.get(k) as unknown[] | undefined;
      if (list) list.push(value(row));
      else found.set(k, [value(row)]);
    }
  }
  return found;
}
