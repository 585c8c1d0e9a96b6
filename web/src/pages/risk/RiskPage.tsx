import { useMemo, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { VaRMethod } from '../../__generated__/graphql.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, StatGrid, StatTile, type Column } from '../../ui/index.ts';
import { formatDateTime, formatMoney, formatPercent, formatSignedMoney, formatSignedPercent } from '../../ui/formatFigures.ts';
import { BarList } from '../../charts/BarList.tsx';
import { DistributionPanel } from './DistributionPanel.tsx';
import { MethodsPanel } from './MethodsPanel.tsx';
import { BacktestPanel } from './BacktestPanel.tsx';
import { LimitsPanel } from './LimitsPanel.tsx';

const RiskReportQuery = graphql(`
  query RiskReportPage($id: ID!, $method: VaRMethod!, $confidence: Float!, $horizonDays: Int!, $lookbackDays: Int!) {
    portfolio(id: $id) {
      id
      name
      baseCurrency
      riskReport(method: $method, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays, paths: 20000) {
        id
        asOf
        method
        confidence
        horizonDays
        var
        es
        portfolioValue
        valuation
        volatility
        contributions {
          symbol
          weight
          marginalVar
          componentVar
        }
        stress {
          scenario
          pnl
          return
        }
        greeks {
          delta
          gamma
          vega
          theta
          rho
          byUnderlying {
            symbol
            spot
            volatility
            delta
            gamma
            vega
            theta
          }
        }
        exposures {
          byAssetClass {
            key
            gross
            net
            share
          }
          byCurrency {
            key
            gross
            net
            share
          }
        }
        correlation {
          factors
          averagePairwise
          strongest {
            symbolA
            symbolB
            correlation
          }
        }
        breaches {
          id
          value
          threshold
          limit {
            id
            kind
          }
        }
        computedWith {
          backend
          paths
          millis
        }
      }
    }
  }
`);

export const VAR_METHODS: readonly { value: VaRMethod; label: string }[] = [
  { value: 'HISTORICAL', label: 'Historical' },
  { value: 'FILTERED_HISTORICAL', label: 'Filtered historical' },
  { value: 'PARAMETRIC', label: 'Parametric' },
  { value: 'CORNISH_FISHER', label: 'Cornish-Fisher' },
  { value: 'DELTA_GAMMA', label: 'Delta-gamma' },
  { value: 'MONTE_CARLO', label: 'Monte Carlo' },
];

type Contribution = { symbol: string; weight: number; marginalVar: number; componentVar: number };
type Underlying = { symbol: string; spot: number; volatility: number; delta: number; gamma: number; vega: number; theta: number };

export function RiskPage({ portfolioId }: { portfolioId: string }) {
  const [method, setMethod] = useState<VaRMethod>('HISTORICAL');
  const [confidence, setConfidence] = useState(0.99);
  const [horizonDays, setHorizonDays] = useState(1);
  const [lookbackDays, setLookbackDays] = useState(250);
  const variables = { id: portfolioId, method, confidence, horizonDays, lookbackDays };
  const { data, error, loading, refetch, retryAt } = useQuery(RiskReportQuery, variables);
  const portfolio = data?.portfolio ?? undefined;
  const report = portfolio?.riskReport;
  const notFound = data !== undefined && data.portfolio === null;

  const contributionColumns: Column<Contribution>[] = useMemo(
    () => [
      { key: 'symbol', header: 'Symbol', render: (c) => <span className="symbol">{c.symbol}</span> },
      { key: 'weight', header: 'Weight', numeric: true, render: (c) => formatPercent(c.weight, 1) },
      { key: 'marginal', header: 'Marginal VaR', numeric: true, hideOnMobile: true, render: (c) => c.marginalVar.toFixed(4) },
      { key: 'component', header: 'Component VaR', numeric: true, render: (c) => formatMoney(c.componentVar) },
    ],
    [],
  );
  const greekColumns: Column<Underlying>[] = [
    { key: 'symbol', header: 'Underlying', render: (g) => <span className="symbol">{g.symbol}</span> },
    { key: 'spot', header: 'Spot', numeric: true, hideOnMobile: true, render: (g) => formatMoney(g.spot, { cents: true }) },
    { key: 'vol', header: 'Vol', numeric: true, hideOnMobile: true, render: (g) => formatPercent(g.volatility, 1) },
    { key: 'delta', header: 'Delta $', numeric: true, render: (g) => formatMoney(g.delta) },
    { key: 'gamma', header: 'Gamma $', numeric: true, render: (g) => formatMoney(g.gamma) },
    { key: 'vega', header: 'Vega', numeric: true, hideOnMobile: true, render: (g) => formatMoney(g.vega) },
    { key: 'theta', header: 'Theta', numeric: true, hideOnMobile: true, render: (g) => formatMoney(g.theta) },
  ];

  if (notFound) {
    return (
      <div className="page-grid">
        <Panel title="Risk" className="span-2" empty={<>No portfolio {portfolioId}. <a href={routeHref('risk')}>Choose one</a></>} />
      </div>
    );
  }
  const horizonLabel = `${horizonDays}-day`;
  return (
    <div className="page-grid risk">
      <Panel
        title={portfolio ? `${portfolio.name}: VaR and ES` : 'VaR and ES'}
        subtitle={report ? `${VAR_METHODS.find((m) => m.value === report.method)?.label} · ${formatPercent(report.confidence, 1)} · ${horizonLabel} · ${report.valuation === 'LIVE' ? 'live prices' : 'closes'} · as of ${formatDateTime(String(report.asOf))}` : undefined}
        actions={
          <button type="button" className="button" onClick={refetch} disabled={loading}>
            {loading ? 'Computing…' : 'Recompute'}
          </button>
        }
        loading={loading}
        error={error}
        retryAt={retryAt}
        onRetry={refetch}
        // The settings form is in the body: after an error (too little history for the lookback…) it stays, to change them.
        hasData={report !== undefined || error !== undefined}
        className="span-2"
      >
        <form className="form-grid" aria-label="Report settings" onSubmit={(e) => e.preventDefault()}>
          <label>
            Method
            <select value={method} onChange={(e) => setMethod(e.target.value as VaRMethod)}>
              {VAR_METHODS.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Confidence
            <select value={confidence} onChange={(e) => setConfidence(Number(e.target.value))}>
              <option value={0.95}>95%</option>
              <option value={0.975}>97.5%</option>
              <option value={0.99}>99%</option>
            </select>
          </label>
          <label>
            Horizon (days)
            <select value={horizonDays} onChange={(e) => setHorizonDays(Number(e.target.value))}>
              {[1, 5, 10, 20].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
          <label>
            Lookback (days)
            <select value={lookbackDays} onChange={(e) => setLookbackDays(Number(e.target.value))}>
              {[60, 120, 250, 500].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <span className="muted small">
            <a href={routeHref('portfolio', portfolioId)}>Portfolio →</a>
          </span>
        </form>
        {report && (
          <StatGrid label="Risk figures">
            <StatTile label={`VaR ${formatPercent(report.confidence, 1)}`} value={<span data-testid="var">{formatMoney(report.var)}</span>} detail={`${formatPercent(report.portfolioValue > 0 ? report.var / report.portfolioValue : null)} of value`} tone="down" />
            <StatTile label="Expected shortfall" value={<span data-testid="es">{formatMoney(report.es)}</span>} detail={`${formatPercent(report.portfolioValue > 0 ? report.es / report.portfolioValue : null)} of value`} tone="down" />
            <StatTile label="Value" value={formatMoney(report.portfolioValue)} detail={portfolio?.baseCurrency} />
            <StatTile label="Volatility" value={formatPercent(report.volatility, 1)} detail="annualised" />
            <StatTile label="Computed" value={`${report.computedWith.millis.toFixed(0)} ms`} detail={`${report.computedWith.backend}${report.computedWith.paths > 0 ? ` · ${report.computedWith.paths.toLocaleString('en-US')} paths` : ''}`} />
          </StatGrid>
        )}
        {report && report.breaches.length > 0 && (
          <p className="down panel-body" role="status">
            This report breaches {report.breaches.length} limit{report.breaches.length === 1 ? '' : 's'}: {report.breaches.map((b) => `${b.limit.kind} ${b.value.toFixed(2)} > ${b.threshold}`).join('; ')}
          </p>
        )}
      </Panel>

      <MethodsPanel portfolioId={portfolioId} confidence={confidence} horizonDays={horizonDays} lookbackDays={lookbackDays} selected={method} />
      <DistributionPanel portfolioId={portfolioId} lookbackDays={lookbackDays} report={report ? { var: report.var, es: report.es, horizonDays: report.horizonDays, confidence: report.confidence } : undefined} />

      <Panel title="Component VaR" subtitle="Euler decomposition of the parametric VaR" loading={loading} error={error} onRetry={refetch} hasData={report !== undefined} empty={report && report.contributions.length === 0 ? 'No open positions.' : undefined}>
        {report && (
          <>
            <div className="panel-body">
              <BarList label="Component VaR by holding" items={[...report.contributions].sort((a, b) => b.componentVar - a.componentVar).map((c) => ({ label: c.symbol, value: c.componentVar, text: formatMoney(c.componentVar) }))} />
            </div>
            <DataTable caption="Contributions" columns={contributionColumns} rows={report.contributions} rowKey={(c) => c.symbol} />
          </>
        )}
      </Panel>

      <Panel title="Stress scenarios" subtitle="instantaneous P&L of today’s book" loading={loading} error={error} onRetry={refetch} hasData={report !== undefined} empty={report && report.stress.length === 0 ? 'No scenarios.' : undefined}>
        {report && (
          <div className="panel-body">
            <BarList label="Stress P&L by scenario" signed items={report.stress.map((s) => ({ label: s.scenario, value: s.pnl, text: `${formatSignedMoney(s.pnl)} (${formatSignedPercent(s.return, 1)})` }))} />
          </div>
        )}
      </Panel>

      <Panel title="Greeks" subtitle="dollar Greeks of the book (linear holdings: Δ = 1)" loading={loading} error={error} onRetry={refetch} hasData={report !== undefined} empty={report && report.greeks === null ? 'Not computed for this report.' : undefined}>
        {report?.greeks && (
          <>
            <StatGrid label="Book Greeks">
              <StatTile label="Delta $" value={formatMoney(report.greeks.delta)} />
              <StatTile label="Gamma $ (1%)" value={formatMoney(report.greeks.gamma)} />
              <StatTile label="Vega (1 pt)" value={formatMoney(report.greeks.vega)} />
              <StatTile label="Theta (1 day)" value={formatSignedMoney(report.greeks.theta)} />
              <StatTile label="Rho (1%)" value={formatSignedMoney(report.greeks.rho)} />
            </StatGrid>
            <DataTable caption="Greeks by underlying" columns={greekColumns} rows={report.greeks.byUnderlying} rowKey={(g) => g.symbol} />
          </>
        )}
      </Panel>

      <Panel title="Exposures" subtitle="delta-adjusted, gross share of the book" loading={loading} error={error} onRetry={refetch} hasData={report !== undefined} empty={report && report.exposures === null ? 'Not computed for this report.' : undefined}>
        {report?.exposures && (
          <div className="panel-body">
            <h3 className="subheading">By asset class</h3>
            <BarList label="Exposure by asset class" items={report.exposures.byAssetClass.map((b) => ({ label: b.key, value: b.share, text: `${formatPercent(b.share, 1)} · net ${formatMoney(b.net)}` }))} />
            <h3 className="subheading">By currency</h3>
            <BarList label="Exposure by currency" items={report.exposures.byCurrency.map((b) => ({ label: b.key, value: b.share, text: `${formatPercent(b.share, 1)} · net ${formatMoney(b.net)}` }))} />
            {report.correlation && (
              <p className="muted small">
                {report.correlation.factors} risk factors · average pairwise correlation {report.correlation.averagePairwise?.toFixed(2) ?? '—'}
                {report.correlation.strongest.length > 0 && ` · strongest ${report.correlation.strongest.slice(0, 3).map((p) => `${p.symbolA}/${p.symbolB} ${p.correlation.toFixed(2)}`).join(', ')}`}
              </p>
            )}
          </div>
        )}
      </Panel>

      <BacktestPanel portfolioId={portfolioId} confidence={confidence} method={method} lookbackDays={lookbackDays} />
      <LimitsPanel portfolioId={portfolioId} onRecompute={refetch} />
    </div>
  );
}
