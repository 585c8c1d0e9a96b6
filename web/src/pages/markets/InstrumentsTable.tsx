import { useId, useMemo, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { AssetClass, InstrumentsPageQuery } from '../../__generated__/graphql.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { useLiveQuotes } from '../../live/useLiveQuotes.ts';
import { useDebouncedValue } from '../../lib/useDebouncedValue.ts';
import { LivePrice } from '../../components/LivePrice.tsx';
import { DataTable, Panel, type Column } from '../../ui/index.ts';

const InstrumentsPageDocument = graphql(`
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

type Row = InstrumentsPageQuery['instruments']['edges'][number]['node'];

/** Every asset class, in the order the filter shows them; typed so a schema change breaks the build. */
const ASSET_CLASSES: readonly AssetClass[] = ['EQUITY', 'ETF', 'INDEX', 'FX', 'CRYPTO', 'COMMODITY', 'BOND', 'FUTURE', 'OPTION'];
const PAGE_SIZE = 40;

export interface InstrumentsTableProps {
  selected: string | undefined;
  onSelect: (symbol: string) => void;
  watched: readonly string[];
  onToggleWatch: (symbol: string) => void;
}

/**
 * Every instrument: labelled search and asset-class filter, cursor pagination, live bid/ask/last
 * for exactly the rows on screen, and a star per row to add it to the watchlist.
 */
export function InstrumentsTable({ selected, onSelect, watched, onToggleWatch }: InstrumentsTableProps) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [assetClass, setAssetClass] = useState<AssetClass | ''>('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const debouncedSearch = useDebouncedValue(search.trim(), 250);
  const filter = useMemo(() => ({ ...(debouncedSearch === '' ? {} : { search: debouncedSearch }), ...(assetClass === '' ? {} : { assetClass }) }), [debouncedSearch, assetClass]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, refetch, retryAt } = useQuery(InstrumentsPageDocument, { filter, first: PAGE_SIZE, after });
  const rows = data?.instruments.edges.map((e) => e.node) ?? [];
  const { book } = useLiveQuotes(rows.map((r) => r.symbol));
  const total = data?.instruments.totalCount ?? 0;
  const pageIndex = cursors.length - 1;

  const columns: Column<Row>[] = [
    {
      key: 'symbol',
      header: 'Symbol',
      className: 'ui-card-title',
      mobileLabel: '',
      render: (row) => (
        <>
          <span className="symbol">{row.symbol}</span>
          <span className="name">{row.name}</span>
        </>
      ),
    },
    { key: 'class', header: 'Class', hideOnMobile: true, render: (row) => <span className={`badge badge--${row.assetClass.toLowerCase()}`}>{row.assetClass}</span> },
    { key: 'bid', header: 'Bid', numeric: true, render: (row) => <LivePrice value={book[row.symbol]?.bid ?? row.latestQuote?.bid} tickSize={row.tickSize} change={book[row.symbol]?.changes.bid} /> },
    { key: 'ask', header: 'Ask', numeric: true, hideOnMobile: true, render: (row) => <LivePrice value={book[row.symbol]?.ask ?? row.latestQuote?.ask} tickSize={row.tickSize} change={book[row.symbol]?.changes.ask} /> },
    {
      key: 'last',
      header: 'Last',
      numeric: true,
      className: 'strong',
      render: (row) => <LivePrice value={book[row.symbol]?.last ?? row.latestQuote?.last ?? row.lastPrice} tickSize={row.tickSize} change={book[row.symbol]?.changes.last} />,
    },
    {
      key: 'watch',
      header: <span className="visually-hidden">Watchlist</span>,
      mobileLabel: '',
      render: (row) => {
        const on = watched.includes(row.symbol);
        return (
          <button
            type="button"
            className={`star ${on ? 'star--on' : ''}`}
            aria-pressed={on}
            aria-label={on ? `Remove ${row.symbol} from the watchlist` : `Add ${row.symbol} to the watchlist`}
            onClick={(event) => {
              event.stopPropagation();
              onToggleWatch(row.symbol);
            }}
            onKeyDown={(event) => event.stopPropagation()}
          >
            {on ? '★' : '☆'}
          </button>
        );
      },
    },
  ];

  return (
    <Panel
      className="instruments"
      title="Instruments"
      subtitle={data === undefined ? undefined : `${total.toLocaleString('en-US')} total`}
      loading={loading && data === undefined}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
    >
      <div className="toolbar">
        <label htmlFor={searchId} className="visually-hidden">
          Search instruments
        </label>
        <input
          id={searchId}
          className="search"
          type="search"
          placeholder="Search symbol or name"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setCursors([null]);
          }}
        />
        <select
          className="select"
          value={assetClass}
          aria-label="Asset class"
          onChange={(e) => {
            setAssetClass(e.target.value as AssetClass | '');
            setCursors([null]);
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
      <DataTable
        caption="Instruments with live quotes"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        onActivate={(row) => onSelect(row.symbol)}
        isSelected={(row) => row.symbol === selected}
        rowAttributes={(row) => ({ 'data-symbol': row.symbol })}
        empty={loading ? 'Loading…' : 'No instruments match.'}
        stale={loading && data !== undefined}
      />
      <footer className="pager">
        <span className="muted small">{total === 0 ? '' : `${pageIndex * PAGE_SIZE + 1}–${pageIndex * PAGE_SIZE + rows.length} of ${total.toLocaleString('en-US')}`}</span>
        <div className="pager-buttons">
          <button type="button" className="button" disabled={pageIndex === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            ‹ Prev
          </button>
          <button
            type="button"
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
    </Panel>
  );
}
