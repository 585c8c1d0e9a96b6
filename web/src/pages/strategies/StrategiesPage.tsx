import { useCallback, useMemo, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { StrategyStatus } from '../../__generated__/graphql.ts';
import { useMutation, useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, type Column } from '../../ui/index.ts';
import { formatDateTime } from '../../ui/formatFigures.ts';
import { BacktestPanel } from './BacktestPanel.tsx';
import { OrdersBlotter } from './OrdersBlotter.tsx';
import { latestBySymbol, type LiveSignal } from './signals.ts';

const StrategiesQuery = graphql(`
  query StrategiesPage {
    strategies {
      id
      name
      kind
      status
      autoTrade
      universe
      parameters
      portfolio {
        id
        name
      }
      signals(first: 10) {
        id
        symbol
        direction
        strength
        ts
      }
    }
    strategyKinds {
      kind
      title
      parameters {
        name
        type
        default
        min
        max
      }
    }
  }
`);

const LiveSignals = graphql(`
  subscription StrategiesLiveSignals {
    signals {
      id
      symbol
      direction
      strength
      horizon
      ts
      strategy {
        id
        name
      }
    }
  }
`);

const SetStatus = graphql(`
  mutation StrategiesSetStatus($id: ID!, $status: StrategyStatus!) {
    setStrategyStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

type StrategyRow = {
  id: string;
  name: string;
  kind: string;
  status: StrategyStatus;
  autoTrade: boolean;
  universe: string[];
  portfolio?: { id: string; name: string } | null;
  latest: Map<string, { direction: string; strength: number; ts: string }>;
};

export function StrategiesPage({ strategyId }: { strategyId: string | undefined }) {
  const { data, error, loading, refetch, retryAt } = useQuery(StrategiesQuery, {});
  const [live, setLive] = useState<LiveSignal[]>([]);
  const onSignal = useCallback((d: { signals: { id: string; symbol: string; direction: string; strength: number; ts: unknown; strategy: { id: string; name: string } } }) => {
    const s = d.signals;
    setLive((list) => (list.some((x) => x.id === s.id) ? list : [{ id: s.id, symbol: s.symbol, direction: s.direction, strength: s.strength, ts: String(s.ts), strategyId: s.strategy.id, strategyName: s.strategy.name }, ...list].slice(0, 100)));
  }, []);
  const liveState = useSubscription(LiveSignals, {}, onSignal);
  const [setStatus, statusState] = useMutation(SetStatus);
  const strategies = useMemo(() => data?.strategies ?? [], [data]);
  const rows: StrategyRow[] = strategies.map((s) => ({ ...s, latest: latestBySymbol(s.signals, live.filter((l) => l.strategyId === s.id)) }));
  const portfolios = [...new Map(strategies.flatMap((s) => (s.portfolio ? [[s.portfolio.id, s.portfolio] as const] : []))).values()];

  const columns: Column<StrategyRow>[] = [
    { key: 'name', header: 'Strategy', render: (s) => <a href={routeHref('strategies', s.id)}>{s.name}</a> },
    { key: 'kind', header: 'Kind', hideOnMobile: true, render: (s) => <span className="badge">{s.kind}</span> },
    { key: 'book', header: 'Portfolio', hideOnMobile: true, render: (s) => (s.portfolio ? <a href={routeHref('portfolio', s.portfolio.id)}>{s.portfolio.name}</a> : '—') },
    {
      key: 'signals',
      header: 'Latest signals',
      render: (s) => (
        <span className="signal-chips">
          {s.universe.map((symbol) => {
            const sig = s.latest.get(symbol);
            return (
              <span key={symbol} className={`signal-chip signal-chip--${sig?.direction ?? 'NONE'}`} title={sig ? `${sig.direction} ${sig.strength.toFixed(2)} at ${formatDateTime(sig.ts)}` : 'no signal yet'}>
                {symbol} {sig ? (sig.direction === 'LONG' ? '▲' : sig.direction === 'SHORT' ? '▼' : '•') : '–'}
              </span>
            );
          })}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (s) => (
        <button
          type="button"
          className={`button button--small status-toggle status-toggle--${s.status}`}
          disabled={statusState.running}
          aria-label={`${s.status === 'ACTIVE' ? 'Pause' : 'Activate'} ${s.name}`}
          onClick={async () => {
            if (await setStatus({ id: s.id, status: s.status === 'ACTIVE' ? 'PAUSED' : 'ACTIVE' })) refetch();
          }}
        >
          {s.status === 'ACTIVE' ? '● active' : '○ paused'}
        </button>
      ),
    },
  ];

  return (
    <div className="page-grid strategies">
      <Panel title="Strategies" subtitle={`${strategies.length} configured · signals live`} loading={loading} error={error ?? statusState.error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} className="span-2">
        <DataTable caption="Strategies" columns={columns} rows={rows} rowKey={(s) => s.id} rowAttributes={(s) => ({ 'data-strategy': s.id })} empty="No strategies yet (createStrategy through the API)." />
      </Panel>
      <Panel title={`Live signals (${live.length})`} subtitle="as the runner emits them" error={liveState.error} hasData className="live-signals">
        {live.length === 0 ? (
          <p className="muted panel-body">Waiting for the next signal: active strategies emit on their interval.</p>
        ) : (
          <ol className="signal-feed" aria-live="polite">
            {live.slice(0, 30).map((s) => (
              <li key={s.id} className={`signal signal--${s.direction}`} data-signal={s.id}>
                <strong>{s.symbol}</strong> <span className="signal-direction">{s.direction}</span> {s.strength.toFixed(2)} <span className="muted small">{s.strategyName} · {formatDateTime(s.ts)}</span>
              </li>
            ))}
          </ol>
        )}
      </Panel>
      <OrdersBlotter portfolios={portfolios} />
      {data !== undefined && <BacktestPanel strategies={strategies} kinds={data.strategyKinds} initialStrategyId={strategyId} />}
    </div>
  );
}
