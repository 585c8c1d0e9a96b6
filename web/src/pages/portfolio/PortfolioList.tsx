import { useMemo } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, type Column } from '../../ui/index.ts';
import { formatMoney, formatSignedMoney, signClass } from '../../ui/formatFigures.ts';
import { useLiveValuations } from './useLiveValuation.ts';
import type { Valuation } from './holdings.ts';

const PortfolioListQuery = graphql(`
  query PortfolioList {
    portfolios(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          strategy
          benchmarkSymbol
          baseCurrency
          owner {
            id
            name
          }
          cash
          positions {
            id
            symbol
            quantity
            costBasis
            realizedPnl
            instrument {
              id
              lastPrice
              multiplier
              latestQuote {
                ts
              }
              bars(interval: D1, limit: 4) {
                ts
                close
              }
            }
          }
        }
      }
    }
  }
`);

interface Row {
  id: string;
  name: string;
  owner: string;
  strategy: string;
  benchmark: string;
  positions: number;
  valuation: Valuation;
}

/** Every portfolio, valued live; a row opens the book. */
export function PortfolioList() {
  const { data, error, loading, refetch, retryAt } = useQuery(PortfolioListQuery, {});
  const nodes = useMemo(() => data?.portfolios.edges.map((e) => e.node) ?? [], [data]);
  const { valuations } = useLiveValuations(nodes);
  const rows: Row[] = nodes.map((p, i) => ({
    id: p.id,
    name: p.name,
    owner: p.owner.name,
    strategy: p.strategy ?? '—',
    benchmark: p.benchmarkSymbol ?? '—',
    positions: p.positions.length,
    valuation: valuations[i]!,
  }));
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Portfolio', render: (r) => <a href={routeHref('portfolio', r.id)}>{r.name}</a> },
    { key: 'owner', header: 'Owner', render: (r) => r.owner, hideOnMobile: true },
    { key: 'strategy', header: 'Strategy', render: (r) => r.strategy, hideOnMobile: true },
    { key: 'benchmark', header: 'Benchmark', render: (r) => r.benchmark, hideOnMobile: true },
    { key: 'positions', header: 'Positions', numeric: true, render: (r) => r.positions, hideOnMobile: true },
    { key: 'value', header: 'Value', numeric: true, render: (r) => formatMoney(r.valuation.total) },
    { key: 'day', header: 'Today', numeric: true, render: (r) => <span className={signClass(r.valuation.dayPnl)}>{formatSignedMoney(r.valuation.dayPnl)}</span> },
  ];
  return (
    <div className="page-grid">
      <Panel title="Portfolios" subtitle={data ? `${data.portfolios.totalCount} books · live prices` : undefined} loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} className="span-2">
        <DataTable
          caption="Portfolios"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          onActivate={(r) => {
            window.location.hash = routeHref('portfolio', r.id);
          }}
          rowAttributes={(r) => ({ 'data-portfolio': r.id })}
          empty="No portfolios yet."
        />
      </Panel>
    </div>
  );
}
