import { useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { CovarianceEstimator, OptimizationConstraints, OptimizationMethod } from '../../__generated__/graphql.ts';
import { useMutation, useQuery } from '../../graphql/hooks.tsx';
import { DataTable, Panel, StatGrid, StatTile, type Column } from '../../ui/index.ts';
import { formatMoney, formatPercent, formatQuantity, formatSignedPercent } from '../../ui/formatFigures.ts';
import { ScatterPlot } from '../../charts/ScatterPlot.tsx';
import type { Valuation } from './holdings.ts';
import { DEFAULT_FIELDS, METHODS, rebalanceTargets, toConstraints, usesField, type OptimiserFields } from './optimiserForm.ts';

const OptimizeQuery = graphql(`
  query PortfolioOptimize($id: ID!, $method: OptimizationMethod!, $constraints: OptimizationConstraints) {
    optimizePortfolio(portfolioId: $id, method: $method, constraints: $constraints) {
      method
      weights {
        symbol
        weight
      }
      expectedReturn
      volatility
      sharpe
      cvar
      cvarConfidence
      turnover
      observations
      frontier {
        expectedReturn
        volatility
        sharpe
      }
    }
  }
`);

const ProposeRebalance = graphql(`
  mutation PortfolioRebalance($id: ID!, $targets: [TargetWeight!]!, $execute: Boolean) {
    proposeRebalance(portfolioId: $id, targets: $targets, execute: $execute) {
      portfolioValue
      executed
      trades {
        symbol
        side
        quantity
        price
      }
    }
  }
`);

interface WeightRow {
  symbol: string;
  current: number | null;
  optimal: number;
}

/** Optimiser (method + constraints → weights, frontier) and the rebalance it proposes and executes. */
export function OptimiserPanel({ portfolioId, valuation, onExecuted }: { portfolioId: string; valuation: Valuation; onExecuted: () => void }) {
  const [fields, setFields] = useState<OptimiserFields>(DEFAULT_FIELDS);
  const [request, setRequest] = useState<{ id: string; method: OptimizationMethod; constraints: OptimizationConstraints } | null>(null);
  const { data, error, loading, refetch, retryAt } = useQuery(OptimizeQuery, request ?? { id: portfolioId, method: 'MAX_SHARPE' }, { skip: request === null });
  const result = request === null ? undefined : data?.optimizePortfolio;
  const set = (patch: Partial<OptimiserFields>) => setFields((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRequest({ id: portfolioId, method: fields.method, constraints: toConstraints(fields) });
  };
  const invested = valuation.invested;
  const currentWeight = (symbol: string) => {
    const h = valuation.holdings.find((x) => x.symbol === symbol);
    return h?.marketValue == null || !(invested > 0) ? null : h.marketValue / invested;
  };
  const weightRows: WeightRow[] = result?.weights.map((w) => ({ symbol: w.symbol, current: currentWeight(w.symbol), optimal: w.weight })) ?? [];
  const weightColumns: Column<WeightRow>[] = [
    { key: 'symbol', header: 'Symbol', render: (r) => <span className="symbol">{r.symbol}</span> },
    { key: 'current', header: 'Now', numeric: true, render: (r) => formatPercent(r.current, 1) },
    { key: 'optimal', header: 'Optimal', numeric: true, render: (r) => <strong>{formatPercent(r.optimal, 1)}</strong> },
    { key: 'delta', header: 'Change', numeric: true, render: (r) => formatSignedPercent(r.current === null ? null : r.optimal - r.current, 1) },
  ];

  return (
    <Panel title="Optimiser" subtitle="weights of the current holdings (of invested value); read-only until you rebalance" error={error} retryAt={retryAt} onRetry={refetch} hasData className="span-2 optimiser">
      <form className="form-grid" onSubmit={submit} aria-label="Optimiser">
        <label>
          Method
          <select value={fields.method} onChange={(e) => set({ method: e.target.value as OptimizationMethod })}>
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Covariance
          <select value={fields.covariance} onChange={(e) => set({ covariance: e.target.value as CovarianceEstimator })}>
            <option value="LEDOIT_WOLF">Ledoit-Wolf</option>
            <option value="SAMPLE">Sample</option>
            <option value="EWMA">EWMA (λ 0.94)</option>
          </select>
        </label>
        <label>
          Lookback (days)
          <input inputMode="numeric" value={fields.lookbackDays} onChange={(e) => set({ lookbackDays: e.target.value })} />
        </label>
        {usesField(fields.method, 'bounds') && (
          <>
            <label>
              Min weight %
              <input inputMode="decimal" value={fields.minWeight} placeholder="none" onChange={(e) => set({ minWeight: e.target.value })} />
            </label>
            <label>
              Max weight %
              <input inputMode="decimal" value={fields.maxWeight} placeholder="none" onChange={(e) => set({ maxWeight: e.target.value })} />
            </label>
            <label>
              Max turnover %
              <input inputMode="decimal" value={fields.maxTurnover} placeholder="none" onChange={(e) => set({ maxTurnover: e.target.value })} />
            </label>
          </>
        )}
        {usesField(fields.method, 'targetReturn') && (
          <label>
            Target return % a year
            <input inputMode="decimal" value={fields.targetReturn} onChange={(e) => set({ targetReturn: e.target.value })} />
          </label>
        )}
        {usesField(fields.method, 'targetVolatility') && (
          <label>
            Target volatility %
            <input inputMode="decimal" value={fields.targetVolatility} onChange={(e) => set({ targetVolatility: e.target.value })} />
          </label>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={fields.longOnly} onChange={(e) => set({ longOnly: e.target.checked })} />
          Long only
        </label>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Optimising…' : 'Optimise'}
          </button>
        </div>
      </form>
      {request === null && <p className="muted panel-body">Choose a method and constraints, then Optimise.</p>}
      {result !== undefined && (
        <>
          <StatGrid label="Optimal portfolio">
            <StatTile label="Expected return" value={formatSignedPercent(result.expectedReturn, 1)} detail="a year" />
            <StatTile label="Volatility" value={formatPercent(result.volatility, 1)} detail="a year" />
            <StatTile label="Sharpe" value={result.sharpe.toFixed(2)} />
            <StatTile label={`CVaR ${formatPercent(result.cvarConfidence, 0)}`} value={formatPercent(result.cvar, 2)} detail="daily" />
            <StatTile label="Turnover" value={formatPercent(result.turnover, 1)} detail={`${result.observations} days`} />
          </StatGrid>
          <div className="optimiser-results">
            <DataTable caption="Optimal weights" columns={weightColumns} rows={weightRows} rowKey={(r) => r.symbol} rowAttributes={(r) => ({ 'data-symbol': r.symbol })} />
            <div className="chart-box">
              <ScatterPlot
                label="Efficient frontier: expected return against volatility"
                xLabel="volatility"
                yLabel="expected return"
                points={result.frontier.map((p) => ({ x: p.volatility, y: p.expectedReturn }))}
                markers={[{ x: result.volatility, y: result.expectedReturn, label: 'optimal', tone: 'accent' }]}
              />
            </div>
          </div>
          <Rebalance portfolioId={portfolioId} weights={result.weights} cashWeight={valuation.cashWeight ?? 0} onExecuted={onExecuted} />
        </>
      )}
    </Panel>
  );
}

function Rebalance({ portfolioId, weights, cashWeight, onExecuted }: { portfolioId: string; weights: readonly { symbol: string; weight: number }[]; cashWeight: number; onExecuted: () => void }) {
  const [cashText, setCashText] = useState(() => (Math.max(0, cashWeight) * 100).toFixed(1));
  const [propose, state] = useMutation(ProposeRebalance);
  const proposal = state.data?.proposeRebalance;
  const targets = rebalanceTargets(weights, Number(cashText) / 100);
  const run = async (execute: boolean) => {
    const result = await propose({ id: portfolioId, targets, execute });
    if (result?.proposeRebalance.executed) onExecuted();
  };
  return (
    <section className="rebalance" aria-label="Rebalance">
      <h3 className="subheading">Rebalance to these weights</h3>
      <div className="form-grid">
        <label>
          Keep in cash %
          <input inputMode="decimal" value={cashText} onChange={(e) => setCashText(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="button" className="button" disabled={state.running} onClick={() => void run(false)}>
            Propose trades
          </button>
          <button type="button" className="button button--primary" disabled={state.running || proposal === undefined || proposal.executed} onClick={() => void run(true)}>
            Execute rebalance
          </button>
        </div>
      </div>
      {state.error !== undefined && (
        <p className="down small form-message" role="alert">
          {state.error.code}: {state.error.message}
          {state.error.field ? ` (field ${state.error.field})` : ''}
        </p>
      )}
      {proposal !== undefined && (
        <div className="panel-body">
          <p className={proposal.executed ? 'up' : 'muted'} role="status" data-testid="rebalance-status">
            {proposal.executed ? `Executed ${proposal.trades.length} trades` : `${proposal.trades.length} trades proposed`} on a value of {formatMoney(proposal.portfolioValue)}.
          </p>
          <ul className="rebalance-trades">
            {proposal.trades.map((t) => (
              <li key={`${t.symbol}-${t.side}`}>
                <span className={t.side === 'BUY' ? 'up' : 'down'}>{t.side}</span> {formatQuantity(t.quantity)} <span className="symbol">{t.symbol}</span> @ {formatMoney(t.price, { cents: true })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
