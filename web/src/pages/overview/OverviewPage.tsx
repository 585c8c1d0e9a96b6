import { useCallback, useEffect, useMemo, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, StatGrid, StatTile, type Column } from '../../ui/index.ts';
import { formatDateTime, formatMoney, formatSignedMoney, formatSignedPercent, signClass } from '../../ui/formatFigures.ts';
import { useLiveValuations } from '../portfolio/useLiveValuation.ts';
import type { Valuation } from '../portfolio/holdings.ts';
import { breachAlert, callAlert, pushFeedAlert, warningAlert, type FeedAlert } from './alertFeed.ts';
import '../../ui/pageGrid.css';
import './overview.css';

const OverviewQuery = graphql(`
  query OverviewPage {
    entities {
      id
      name
      kind
      ownedBy {
        owner {
          id
        }
      }
    }
    portfolios(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          baseCurrency
          strategy
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

const OverviewOpenCalls = graphql(`
  query OverviewOpenCalls {
    marginCalls(status: [OPEN, ESCALATED], first: 20) {
      id
      kind
      amountDue
      dueAt
      raisedAt
      account {
        id
        name
        currency
      }
    }
  }
`);

const OverviewBreaches = graphql(`
  subscription OverviewBreaches {
    riskLimitBreached {
      id
      portfolioId
      value
      threshold
      limit {
        id
        kind
      }
      report {
        id
        asOf
      }
    }
  }
`);

const OverviewMarginCalls = graphql(`
  subscription OverviewMarginCalls {
    marginCallRaised {
      id
      kind
      amountDue
      dueAt
      raisedAt
      account {
        id
        name
        currency
      }
    }
  }
`);

const OverviewMarginWarnings = graphql(`
  subscription OverviewMarginWarnings {
    marginWarning {
      id
      kind
      ts
      utilization
      probability
      account {
        id
        name
      }
    }
  }
`);

interface BookRow {
  id: string;
  name: string;
  owner: string;
  currency: string;
  strategy: string | null;
  valuation: Valuation;
}

export function OverviewPage() {
  const { data, error, loading, refetch, retryAt } = useQuery(OverviewQuery, {});
  const nodes = useMemo(() => data?.portfolios.edges.map((e) => e.node) ?? [], [data]);
  const { valuations, error: liveError } = useLiveValuations(nodes);
  const rows: BookRow[] = nodes.map((p, i) => ({
    id: p.id,
    name: p.name,
    owner: p.owner.name,
    currency: p.baseCurrency,
    strategy: p.strategy ?? null,
    valuation: valuations[i]!,
  }));
  const total = rows.reduce((s, r) => s + r.valuation.total, 0);
  const dayPnl = rows.reduce((s, r) => s + r.valuation.dayPnl, 0);
  const dayBase = total - dayPnl;
  const unrealized = rows.reduce((s, r) => s + r.valuation.unrealizedPnl, 0);
  const cash = rows.reduce((s, r) => s + r.valuation.cash, 0);
  const names = useMemo(() => new Map(nodes.map((p) => [p.id, p.name])), [nodes]);

  const columns: Column<BookRow>[] = [
    { key: 'name', header: 'Portfolio', render: (r) => <a href={routeHref('portfolio', r.id)}>{r.name}</a> },
    { key: 'owner', header: 'Owner', render: (r) => r.owner, hideOnMobile: true },
    { key: 'value', header: 'Value', numeric: true, render: (r) => <span className="book-value">{formatMoney(r.valuation.total)}</span> },
    {
      key: 'day',
      header: 'Today',
      numeric: true,
      render: (r) => <span className={`book-day ${signClass(r.valuation.dayPnl)}`}>{formatSignedMoney(r.valuation.dayPnl)}</span>,
    },
    { key: 'dayPct', header: 'Today %', numeric: true, hideOnMobile: true, render: (r) => <span className={signClass(r.valuation.dayReturn)}>{formatSignedPercent(r.valuation.dayReturn)}</span> },
    { key: 'upl', header: 'Unrealised P&L', numeric: true, hideOnMobile: true, render: (r) => <span className={signClass(r.valuation.unrealizedPnl)}>{formatSignedMoney(r.valuation.unrealizedPnl)}</span> },
    { key: 'cash', header: 'Cash', numeric: true, hideOnMobile: true, render: (r) => formatMoney(r.valuation.cash) },
    { key: 'risk', header: 'Risk', render: (r) => <a href={routeHref('risk', r.id)} aria-label={`Risk of ${r.name}`}>VaR →</a>, hideOnMobile: true },
  ];

  return (
    <div className="page-grid overview">
      <Panel title="Totals" subtitle={`${rows.length} portfolios · ${data?.entities.length ?? 0} entities · live prices`} loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} className="overview-totals">
        <StatGrid label="Family office totals">
          <StatTile label="Total value" value={<span data-testid="total-value">{formatMoney(total)}</span>} detail={`cash ${formatMoney(cash)}`} />
          <StatTile
            label="Today’s P&L"
            value={<span data-testid="day-pnl">{formatSignedMoney(dayPnl)}</span>}
            detail={formatSignedPercent(dayBase > 0 ? dayPnl / dayBase : null)}
            tone={dayPnl > 0 ? 'up' : dayPnl < 0 ? 'down' : 'neutral'}
          />
          <StatTile label="Unrealised P&L" value={formatSignedMoney(unrealized)} tone={unrealized > 0 ? 'up' : unrealized < 0 ? 'down' : 'neutral'} />
          <StatTile label="Portfolios" value={String(rows.length)} detail={`${data?.entities.length ?? 0} entities`} />
        </StatGrid>
        {liveError !== undefined && <p className="muted small">Live prices paused: {liveError.message}</p>}
      </Panel>

      <Panel title="Portfolios" subtitle="value at live prices; today’s P&L against the previous close" loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} className="overview-books">
        <DataTable caption="Portfolios" columns={columns} rows={rows} rowKey={(r) => r.id} rowAttributes={(r) => ({ 'data-portfolio': r.id })} empty="No portfolios yet. Create one through the API (createPortfolio)." />
      </Panel>

      <AlertsPanel portfolioNames={names} />

      <Panel title="Entities" subtitle="who owns what: see Family office" loading={loading} error={error} onRetry={refetch} hasData={data !== undefined} empty={data !== undefined && data.entities.length === 0 ? 'No entities yet.' : undefined}>
        <ul className="entity-chips">
          {data?.entities.map((e) => (
            <li key={e.id}>
              <a href={routeHref('family', e.id)} className="entity-chip">
                <span className="badge">{e.kind.toLowerCase()}</span> {e.name}
                {e.ownedBy.length === 0 && <span className="muted small"> · top level</span>}
              </a>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}

/** Margin calls, margin warnings and risk-limit breaches as they arrive (three subscriptions, one list). */
function AlertsPanel({ portfolioNames }: { portfolioNames: ReadonlyMap<string, string> }) {
  const [alerts, setAlerts] = useState<readonly FeedAlert[]>([]);
  const push = useCallback((alert: FeedAlert) => setAlerts((current) => pushFeedAlert(current, alert)), []);
  // Calls still open when the page opens start the feed; live events add to it.
  const open = useQuery(OverviewOpenCalls, {});
  useEffect(() => {
    for (const call of open.data?.marginCalls ?? []) push(callAlert({ ...call, dueAt: String(call.dueAt), raisedAt: String(call.raisedAt) }));
  }, [open.data, push]);
  const breaches = useSubscription(OverviewBreaches, {}, (d) => push(breachAlert({ ...d.riskLimitBreached, report: { asOf: String(d.riskLimitBreached.report.asOf) } }, portfolioNames.get(d.riskLimitBreached.portfolioId))));
  const calls = useSubscription(OverviewMarginCalls, {}, (d) =>
    push(callAlert({ ...d.marginCallRaised, dueAt: String(d.marginCallRaised.dueAt), raisedAt: String(d.marginCallRaised.raisedAt) })),
  );
  const warnings = useSubscription(OverviewMarginWarnings, {}, (d) => push(warningAlert({ ...d.marginWarning, ts: String(d.marginWarning.ts) })));
  const error = open.error ?? breaches.error ?? calls.error ?? warnings.error;
  return (
    <Panel title={`Alerts (${alerts.length})`} subtitle="open margin calls, then live: calls, warnings, risk-limit breaches" error={error} onRetry={open.refetch} hasData className="overview-alerts">
      {alerts.length === 0 ? (
        <p className="muted alerts-empty">Quiet so far. Alerts appear here the moment they are raised, no reload needed.</p>
      ) : (
        <ol className="alert-feed" aria-live="polite">
          {alerts.map((a) => (
            <li key={a.key} className={`alert-item alert-item--${a.tone}`}>
              <span className={`badge alert-badge--${a.tone}`}>{a.tone === 'call' ? 'Margin call' : a.tone === 'warning' ? 'Warning' : 'Limit breach'}</span>
              <a href={a.href} className="alert-subject">
                {a.subject}
              </a>
              <span className="alert-message">{a.message}</span>
              <time className="muted small" dateTime={a.ts}>
                {formatDateTime(a.ts)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
