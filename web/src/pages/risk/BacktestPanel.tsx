import { useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { VaRMethod } from '../../__generated__/graphql.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { DataTable, Panel, type Column } from '../../ui/index.ts';
import { formatDate, formatMoney, formatSignedMoney } from '../../ui/formatFigures.ts';

const BacktestQuery = graphql(`
  query RiskBacktest($id: ID!, $confidence: Float!, $method: VaRMethod!, $lookbackDays: Int!, $windowDays: Int!) {
    portfolio(id: $id) {
      id
      varBacktest(confidence: $confidence, method: $method, windowDays: $windowDays, lookbackDays: $lookbackDays) {
        confidence
        method
        windowDays
        exceptions
        kupiecStatistic
        kupiecPValue
        christoffersenStatistic
        christoffersenPValue
        zone
        exceedances {
          date
          pnl
          var
        }
      }
    }
  }
`);

type Exceedance = { date: unknown; pnl: number; var: number };

const columns: Column<Exceedance>[] = [
  { key: 'date', header: 'Date', render: (e) => formatDate(String(e.date)) },
  { key: 'pnl', header: 'P&L', numeric: true, render: (e) => <span className="down">{formatSignedMoney(e.pnl)}</span> },
  { key: 'var', header: 'VaR', numeric: true, render: (e) => formatMoney(e.var) },
];

/** Rolling one-day VaR backtest with the Basel traffic light, Kupiec and Christoffersen tests. */
export function BacktestPanel({ portfolioId, confidence, method, lookbackDays }: { portfolioId: string; confidence: number; method: VaRMethod; lookbackDays: number }) {
  const [windowDays, setWindowDays] = useState(250);
  // Monte Carlo is not backtested (one simulation per day): its closed-form equivalent is.
  const { data, error, loading, refetch, retryAt } = useQuery(BacktestQuery, { id: portfolioId, confidence, method: method === 'MONTE_CARLO' ? 'PARAMETRIC' : method, lookbackDays, windowDays });
  const bt = data?.portfolio?.varBacktest;
  const expected = bt ? bt.windowDays * (1 - bt.confidence) : 0;
  return (
    <Panel title="VaR backtest" subtitle={bt ? `${bt.windowDays} days · ${bt.method.toLowerCase().replace('_', ' ')}` : undefined} loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined}
      actions={
        <label className="inline-select">
          Window
          <select value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {[60, 120, 250, 500].map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
      }
    >
      {bt && (
        <>
          <dl className="kv">
            <dt>Basel zone</dt>
            <dd>
              <span className={`zone zone--${bt.zone}`} data-testid="basel-zone">
                {bt.zone}
              </span>
            </dd>
            <dt>Exceptions</dt>
            <dd>
              {bt.exceptions} (expected {expected.toFixed(1)})
            </dd>
            <dt>Kupiec POF</dt>
            <dd>
              LR {bt.kupiecStatistic.toFixed(2)}, p = {bt.kupiecPValue.toFixed(3)}
            </dd>
            <dt>Christoffersen</dt>
            <dd>
              LR {bt.christoffersenStatistic.toFixed(2)}, p = {bt.christoffersenPValue.toFixed(3)}
            </dd>
          </dl>
          <DataTable caption="Exceedances" columns={columns} rows={[...bt.exceedances].reverse()} rowKey={(e) => String(e.date)} empty="No day lost more than its VaR." />
        </>
      )}
    </Panel>
  );
}
