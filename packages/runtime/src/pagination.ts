import { badInput } from './errors.ts';

/** Largest `first` a connection field accepts. */
export const MAX_PAGE_SIZE = 500;

/** A Relay-style connection page, as the `*Connection` types of the subgraphs expose it. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Checks a `first` argument (default 50). @throws BAD_USER_INPUT `first`. */
export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  return size;
}

/** An `ILIKE` pattern matching `search` anywhere, with `%`, `_` and `\` in it taken literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[%_\\]/g, '\\$&')}%`;
}

/** An opaque keyset cursor: `kind:key`, base64url. */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64url');
}

/**
 * The key of a cursor made by `encodeCursor(kind, …)`, if it matches `pattern`
 * (default: non-empty). @throws BAD_USER_INPUT `after`, naming `query`.
 */
export function decodeCursor(kind: string, cursor: string, query: string, pattern = /^[\s\S]+$/): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = text.slice(kind.length + 1);
  if (!text.startsWith(`${kind}:`) || !pattern.test(key)) {
    throw badInput('after', `is not a cursor returned by ${query}; pass pageInfo.endCursor from the previous page`);
  }
  return key;
}

/**
 * Builds a page from rows fetched with `LIMIT pageSize + 1`: the extra row,
 * if present, only says there is a next page.
 */
export function toPage<T>(rows: readonly T[], pageSize: number, totalCount: number, cursorOf: (node: T) => string): Page<T> {
  const nodes = rows.slice(0, pageSize);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > pageSize, endCursor: nodes.length ? cursorOf(nodes.at(-1)!) : null },
    totalCount,
  };
}
