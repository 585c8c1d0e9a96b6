import { useMemo } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { Panel } from '../../ui/index.ts';
import { formatDate, formatPercent, formatSignedPercent } from '../../ui/formatFigures.ts';
import { CHART_COLORS, TimeSeriesChart, type ChartSeries } from '../../charts/TimeSeriesChart.tsx';

const PerformanceQuery = graphql(`
  query PortfolioPerformance($id: ID!) {
    portfolio(id: $id) {
      id
      performance {
        from
        to
        observations
        timeWeightedReturn
        moneyWeightedReturn
        annualizedReturn
        volatility
        sharpe
        sortino
        maxDrawdown
        maxDrawdownPeak
        maxDrawdownTrough
        beta
        alpha
        trackingError
        informationRatio
        series {
          date
          cumulativeReturn
          benchmarkReturn
        }
      }
    }
  }
`);

const toSeconds = (date: unknown) => Math.floor(Date.parse(String(date)) / 1000);
const percentAxis = (v: number) => `${v.toFixed(1)}%`;

/** Cumulative time-weighted return against the benchmark (lightweight-charts), and the statistics. */
export function PerformancePanel({ portfolioId, benchmark }: { portfolioId: string; benchmark: string | null }) {
  const { data, error, loading, refetch, retryAt } = useQuery(PerformanceQuery, { id: portfolioId });
  const perf = data?.portfolio?.performance;
  const series = useMemo<ChartSeries[]>(() => {
    if (!perf) return [];
    const out: ChartSeries[] = [
      { id: 'portfolio', kind: 'line', title: 'Portfolio', color: CHART_COLORS.accent, lineWidth: 2, data: perf.series.map((p) => ({ time: toSeconds(p.date), value: p.cumulativeReturn * 100 })) },
    ];
    const bench = perf.series.filter((p) => p.benchmarkReturn !== null && p.benchmarkReturn !== undefined);
    if (bench.length > 0) out.push({ id: 'benchmark', kind: 'line', title: benchmark ?? 'Benchmark', color: '#fbbf24', dashed: true, data: bench.map((p) => ({ time: toSeconds(p.date), value: p.benchmarkReturn! * 100 })) });
    return out;
  }, [perf, benchmark]);
  const empty = perf !== undefined && perf.series.length < 2 ? 'Not enough history yet: performance needs two daily valuations.' : undefined;
  return (
    <Panel
      title="Performance"
      subtitle={perf?.from ? `${formatDate(String(perf.from))} → ${formatDate(String(perf.to))}, cumulative time-weighted return${benchmark ? ` vs ${benchmark}` : ''}` : undefined}
      loading={loading}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
      empty={empty}
    >
      {perf && (
        <>
          <div className="chart-box">
            <TimeSeriesChart series={series} label={`Cumulative return of the portfolio${benchmark ? ` and ${benchmark}` : ''}`} height={240} range="all" formatPrice={percentAxis} />
          </div>
          <dl className="kv perf-stats">
            <dt>TWR</dt>
            <dd data-testid="twr">{formatSignedPercent(perf.timeWeightedReturn)}</dd>
            <dt>Money-weighted</dt>
            <dd>{formatSignedPercent(perf.moneyWeightedReturn)}</dd>
            <dt>Annualised</dt>
            <dd>{formatSignedPercent(perf.annualizedReturn)}</dd>
            <dt>Volatility</dt>
            <dd>{formatPercent(perf.volatility)}</dd>
            <dt>Sharpe / Sortino</dt>
            <dd>
              {perf.sharpe?.toFixed(2) ?? '—'} / {perf.sortino?.toFixed(2) ?? '—'}
            </dd>
            <dt>Max drawdown</dt>
            <dd>
              {formatPercent(perf.maxDrawdown)} {perf.maxDrawdownPeak ? `(${formatDate(String(perf.maxDrawdownPeak))} → ${formatDate(String(perf.maxDrawdownTrough))})` : ''}
            </dd>
            <dt>Beta / alpha</dt>
            <dd>
              {perf.beta?.toFixed(2) ?? '—'} / {formatSignedPercent(perf.alpha)}
            </dd>
            <dt>Tracking error / IR</dt>
            <dd>
              {formatPercent(perf.trackingError)} / {perf.informationRatio?.toFixed(2) ?? '—'}
            </dd>
          </dl>
        </>
      )}
    </Panel>
  );
}
