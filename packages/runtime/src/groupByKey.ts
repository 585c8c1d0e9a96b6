/**
 * Groups rows by key in the order of `keys`, with an empty list for a key
 * that has no rows: the shape a DataLoader batch function for a
 * list-of-children field must return (one result per key, in key order).
 */
export function groupByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
