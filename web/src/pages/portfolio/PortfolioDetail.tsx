import { useMemo, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, StatGrid, StatTile, type Column } from '../../ui/index.ts';
import { formatMoney, formatPercent, formatQuantity, formatSignedMoney, formatSignedPercent, signClass } from '../../ui/formatFigures.ts';
import { BarList } from '../../charts/BarList.tsx';
import { allocationBy, type Holding } from './holdings.ts';
import { useLiveValuations } from './useLiveValuation.ts';
import { PerformancePanel } from './PerformancePanel.tsx';
import { TradesPanel } from './TradesPanel.tsx';
import { OptimiserPanel } from './OptimiserPanel.tsx';
import { CashPanel } from './CashPanel.tsx';

const PortfolioDetailQuery = graphql(`
  query PortfolioDetail($id: ID!) {
    portfolio(id: $id) {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      owner {
        id
        name
      }
      cash
      positions {
        id
        symbol
        quantity
        averageCost
        costBasis
        realizedPnl
        instrument {
          id
          name
          lastPrice
          assetClass
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
`);

export function PortfolioDetail({ portfolioId }: { portfolioId: string }) {
  const { data, error, loading, refetch, retryAt } = useQuery(PortfolioDetailQuery, { id: portfolioId });
  const portfolio = data?.portfolio ?? undefined;
  const books = useMemo(() => (portfolio ? [{ cash: portfolio.cash, positions: portfolio.positions }] : []), [portfolio]);
  const { valuations, error: liveError } = useLiveValuations(books);
  const valuation = valuations[0];
  const notFound = data !== undefined && data.portfolio === null;
  // Bumped after a rebalance executes: the trades and performance panels reload (remount).
  const [version, setVersion] = useState(0);

  if (notFound) {
    return (
      <div className="page-grid">
        <Panel title="Portfolio" className="span-2" empty={<>No portfolio {portfolioId}. <a href={routeHref('portfolio')}>All portfolios</a></>} />
      </div>
    );
  }
  const names = new Map(portfolio?.positions.map((p) => [p.symbol, p.instrument.name]) ?? []);
  const columns: Column<Holding>[] = [
    { key: 'symbol', header: 'Symbol', render: (h) => <span className="symbol" title={names.get(h.symbol)}>{h.symbol}</span> },
    { key: 'qty', header: 'Quantity', numeric: true, hideOnMobile: true, render: (h) => formatQuantity(h.quantity) },
    { key: 'avg', header: 'Avg cost', numeric: true, hideOnMobile: true, render: (h) => formatMoney(h.quantity !== 0 ? h.costBasis / (h.quantity * (h.multiplier ?? 1)) : null, { cents: true }) },
    { key: 'price', header: 'Price', numeric: true, render: (h) => <span className="live-price">{formatMoney(h.price, { cents: true })}</span> },
    { key: 'value', header: 'Value', numeric: true, render: (h) => formatMoney(h.marketValue) },
    { key: 'weight', header: 'Weight', numeric: true, hideOnMobile: true, render: (h) => formatPercent(h.weight, 1) },
    { key: 'day', header: 'Today', numeric: true, render: (h) => <span className={signClass(h.dayPnl)}>{formatSignedMoney(h.dayPnl)}</span> },
    { key: 'upl', header: 'Unrealised', numeric: true, render: (h) => <span className={signClass(h.unrealizedPnl)}>{formatSignedMoney(h.unrealizedPnl)}</span> },
    { key: 'rpl', header: 'Realised', numeric: true, hideOnMobile: true, render: (h) => <span className={signClass(h.realizedPnl)}>{formatSignedMoney(h.realizedPnl)}</span> },
  ];

  return (
    <div className="page-grid portfolio">
      <Panel
        title={portfolio ? portfolio.name : 'Portfolio'}
        subtitle={
          portfolio ? (
            <>
              {portfolio.owner.name} · {portfolio.baseCurrency} · benchmark {portfolio.benchmarkSymbol ?? 'none'}
              {portfolio.strategy ? ` · ${portfolio.strategy}` : ''} · <a href={routeHref('risk', portfolio.id)}>Risk →</a> · <a href={routeHref('portfolio')}>All portfolios</a>
            </>
          ) : undefined
        }
        loading={loading}
        error={error}
        retryAt={retryAt}
        onRetry={refetch}
        hasData={portfolio !== undefined}
        className="span-2"
      >
        {valuation !== undefined && (
          <StatGrid label="Portfolio figures">
            <StatTile label="Value" value={<span data-testid="portfolio-value">{formatMoney(valuation.total)}</span>} detail={`invested ${formatMoney(valuation.invested)}`} />
            <StatTile label="Cash" value={<span data-testid="portfolio-cash">{formatMoney(valuation.cash)}</span>} detail={formatPercent(valuation.cashWeight, 1)} />
            <StatTile label="Today’s P&L" value={formatSignedMoney(valuation.dayPnl)} detail={formatSignedPercent(valuation.dayReturn)} tone={valuation.dayPnl > 0 ? 'up' : valuation.dayPnl < 0 ? 'down' : 'neutral'} />
            <StatTile label="Unrealised P&L" value={formatSignedMoney(valuation.unrealizedPnl)} tone={valuation.unrealizedPnl > 0 ? 'up' : valuation.unrealizedPnl < 0 ? 'down' : 'neutral'} />
            <StatTile label="Realised P&L" value={formatSignedMoney(valuation.realizedPnl)} tone={valuation.realizedPnl > 0 ? 'up' : valuation.realizedPnl < 0 ? 'down' : 'neutral'} />
          </StatGrid>
        )}
        {liveError !== undefined && <p className="muted small panel-body">Live prices paused: {liveError.message}</p>}
      </Panel>

      <Panel title="Positions" subtitle="live prices; today against the previous close" loading={loading} error={error} onRetry={refetch} hasData={portfolio !== undefined} className="span-2">
        {valuation !== undefined && (
          <DataTable caption="Positions" columns={columns} rows={valuation.holdings} rowKey={(h) => h.symbol} rowAttributes={(h) => ({ 'data-symbol': h.symbol })} empty="No open positions: record a trade below." />
        )}
      </Panel>

      <Panel title="Allocation" subtitle="share of value (positions + cash)" loading={loading} error={error} onRetry={refetch} hasData={portfolio !== undefined} empty={valuation !== undefined && valuation.total <= 0 ? 'Nothing to allocate yet.' : undefined}>
        {valuation !== undefined && (
          <div className="panel-body allocation">
            <h3 className="subheading">By holding</h3>
            <BarList label="Allocation by holding" items={allocationBy(valuation.holdings, (h) => h.symbol, valuation.cash).map((s) => ({ label: s.label, value: s.share, text: formatPercent(s.share, 1) }))} />
            <h3 className="subheading">By asset class</h3>
            <BarList label="Allocation by asset class" items={allocationBy(valuation.holdings, (h) => h.assetClass ?? 'other', valuation.cash).map((s) => ({ label: s.label, value: s.share, text: formatPercent(s.share, 1) }))} />
          </div>
        )}
      </Panel>

      <PerformancePanel key={`perf-${version}`} portfolioId={portfolioId} benchmark={portfolio?.benchmarkSymbol ?? null} />
      <CashPanel key={`cash-${version}`} portfolioId={portfolioId} onChanged={refetch} />
      <TradesPanel key={`trades-${version}`} portfolioId={portfolioId} onRecorded={refetch} />
      {portfolio !== undefined && valuation !== undefined && (
        <OptimiserPanel
          portfolioId={portfolioId}
          valuation={valuation}
          onExecuted={() => {
            refetch();
            setVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}
