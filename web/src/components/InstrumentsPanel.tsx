import { useMemo, useState, type KeyboardEvent } from 'react';
import { graphql } from '../__generated__/index.ts';
import type { AssetClass } from '../__generated__/graphql.ts';
import { useQuery } from '../graphql/hooks.tsx';
import { useLiveQuotes } from '../live/useLiveQuotes.ts';
import { useDebouncedValue } from '../lib/useDebouncedValue.ts';
import { LivePrice } from './LivePrice.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';

const InstrumentsPageQuery = graphql(`
  query InstrumentsPage($filter: InstrumentFilter, $first: Int, $after: String) {
    instruments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          symbol
          name
          assetClass
          currency
          exchange
          tickSize
          lastPrice
          latestQuote {
            bid
            ask
            last
            ts
          }
        }
      }
    }
  }
`);

/** Every asset class, in the order the filter shows them; typed so a schema change breaks the build. */
const ASSET_CLASSES: readonly AssetClass[] = ['EQUITY', 'ETF', 'INDEX', 'FX', 'CRYPTO', 'COMMODITY', 'BOND', 'FUTURE', 'OPTION'];

const PAGE_SIZE = 40;

export interface InstrumentsPanelProps {
  selected: string | null;
  onSelect: (symbol: string) => void;
}

/**
 * The instrument list: search and asset-class filter, cursor pagination, and live bid / ask /
 * last for exactly the rows on screen (the subscription follows the page).
 */
export function InstrumentsPanel({ selected, onSelect }: InstrumentsPanelProps) {
  const [search, setSearch] = useState('');
  const [assetClass, setAssetClass] = useState<AssetClass | ''>('');
  // Cursors of the pages before the current one; the last entry is the current page's `after`.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const debouncedSearch = useDebouncedValue(search.trim(), 250);

  const filter = useMemo(
    () => ({
      ...(debouncedSearch === '' ? {} : { search: debouncedSearch }),
      ...(assetClass === '' ? {} : { assetClass }),
    }),
    [debouncedSearch, assetClass],
  );
  const after = cursors[cursors.length - 1] ?? null;
  const { data, error, loading } = useQuery(InstrumentsPageQuery, { filter, first: PAGE_SIZE, after });

  const rows = data?.instruments.edges.map((e) => e.node) ?? [];
  const { book, error: liveError } = useLiveQuotes(rows.map((r) => r.symbol));

  const resetPaging = () => setCursors([null]);
  const pageIndex = cursors.length - 1;
  const total = data?.instruments.totalCount ?? 0;
  const firstRow = total === 0 ? 0 : pageIndex * PAGE_SIZE + 1;
  const lastRow = pageIndex * PAGE_SIZE + rows.length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const at = rows.findIndex((r) => r.symbol === selected);
    const next = rows[event.key === 'ArrowDown' ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1)];
    if (next !== undefined) onSelect(next.symbol);
  };

  return (
    <section className="panel instruments" aria-label="Instruments">
      <header className="panel-header">
        <h2>Instruments</h2>
        <span className="muted small">{loading ? 'Loading…' : `${total.toLocaleString('en-US')} total`}</span>
      </header>
      <div className="toolbar">
        <input
          className="search"
          type="search"
          placeholder="Search symbol or name"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            resetPaging();
          }}
        />
        <select
          className="select"
          value={assetClass}
          aria-label="Asset class"
          onChange={(e) => {
            setAssetClass(e.target.value as AssetClass | '');
            resetPaging();
          }}
        >
          <option value="">All classes</option>
          {ASSET_CLASSES.map((c) => (
            <option key={c} value={c}>
              {c.charAt(0) + c.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      {error !== undefined && <ErrorBanner error={error} />}
      {liveError !== undefined && <ErrorBanner error={liveError} prefix="Live quotes" />}
      <div className={`table-wrap ${loading && data !== undefined ? 'is-stale' : ''}`} tabIndex={0} onKeyDown={onKeyDown}>
        <table className="table">
          <thead>
            <tr>
              <th>Symbol</th>
              <th className="hide-narrow">Class</th>
              <th className="num">Bid</th>
              <th className="num">Ask</th>
              <th className="num">Last</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const live = book[row.symbol];
              const quote = live ?? row.latestQuote;
              return (
                <tr
                  key={row.id}
                  className={row.symbol === selected ? 'is-selected' : undefined}
                  onClick={() => onSelect(row.symbol)}
                  aria-selected={row.symbol === selected}
                >
                  <td>
                    <div className="symbol">{row.symbol}</div>
                    <div className="name">{row.name}</div>
                  </td>
                  <td className="hide-narrow">
                    <span className={`badge badge--${row.assetClass.toLowerCase()}`}>{row.assetClass}</span>
                  </td>
                  <td className="num">
                    <LivePrice value={quote?.bid} tickSize={row.tickSize} change={live?.changes.bid} />
                  </td>
                  <td className="num">
                    <LivePrice value={quote?.ask} tickSize={row.tickSize} change={live?.changes.ask} />
                  </td>
                  <td className="num strong">
                    <LivePrice value={quote?.last ?? row.lastPrice} tickSize={row.tickSize} change={live?.changes.last} />
                  </td>
                </tr>
              );
            })}
            {!loading && rows.length === 0 && error === undefined && (
              <tr>
                <td colSpan={5} className="empty">
                  No instruments match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <footer className="pager">
        <span className="muted small">{total === 0 ? '' : `${firstRow}–${lastRow} of ${total.toLocaleString('en-US')}`}</span>
        <div className="pager-buttons">
          <button className="button" disabled={pageIndex === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            ‹ Prev
          </button>
          <button
            className="button"
            disabled={!data?.instruments.pageInfo.hasNextPage}
            onClick={() => {
              const end = data?.instruments.pageInfo.endCursor;
              if (end != null) setCursors((c) => [...c, end]);
            }}
          >
            Next ›
          </button>
        </div>
      </footer>
    </section>
  );
}
