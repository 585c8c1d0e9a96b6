import { useMemo } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { Panel } from '../../ui/index.ts';
import { formatCompact, formatMoney } from '../../ui/formatFigures.ts';
import { HistogramChart } from '../../charts/HistogramChart.tsx';
import { histogram, historicalPnl } from './pnlDistribution.ts';

const DistributionQuery = graphql(`
  query RiskDistribution($id: ID!, $bars: Int!) {
    portfolio(id: $id) {
      id
      positions {
        id
        symbol
        quantity
        instrument {
          id
          lastPrice
          multiplier
          bars(interval: D1, limit: $bars) {
            ts
            close
          }
        }
      }
    }
  }
`);

/**
 * The one-day P&L of today's holdings over the lookback's daily closes (the historical method's
 * sample), as a histogram with the report's VaR and ES scaled back to one day.
 */
export function DistributionPanel({ portfolioId, lookbackDays, report }: { portfolioId: string; lookbackDays: number; report: { var: number; es: number; horizonDays: number; confidence: number } | undefined }) {
  // Calendar slack: BTC trades every day, equities five of seven; take enough bars for the common dates.
  const { data, error, loading, refetch, retryAt } = useQuery(DistributionQuery, { id: portfolioId, bars: Math.min(10_000, Math.ceil(lookbackDays * 1.6) + 10) });
  const { pnl } = useMemo(() => {
    const positions = data?.portfolio?.positions ?? [];
    return historicalPnl(
      positions.map((p) => ({ symbol: p.symbol, value: p.quantity * p.instrument.multiplier * (p.instrument.lastPrice ?? 0), bars: p.instrument.bars.map((b) => ({ ts: String(b.ts), close: b.close })) })),
      lookbackDays,
    );
  }, [data, lookbackDays]);
  const bins = useMemo(() => histogram(pnl, 30), [pnl]);
  const scale = report ? Math.sqrt(report.horizonDays) : 1;
  const worst = pnl.length > 0 ? Math.min(...pnl) : null;
  return (
    <Panel
      title="P&L distribution"
      subtitle={`one-day P&L of today’s holdings over ${pnl.length} days of closes`}
      loading={loading}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
      empty={data !== undefined && pnl.length < 2 ? 'Not enough common history to draw the distribution.' : undefined}
    >
      <div className="chart-box">
        <HistogramChart
          bins={bins}
          label={`Histogram of ${pnl.length} daily P&L values${report ? ` with 1-day VaR ${formatMoney(report.var / scale)} and ES ${formatMoney(report.es / scale)}` : ''}`}
          format={formatCompact}
          marks={report ? [{ value: -report.var / scale, label: `VaR ${formatCompact(report.var / scale)}`, tone: 'warn' }, { value: -report.es / scale, label: `ES ${formatCompact(report.es / scale)}`, tone: 'down' }] : []}
        />
      </div>
      <p className="muted small panel-body">
        Worst day {formatMoney(worst)} · {pnl.filter((x) => report !== undefined && -x > report.var / scale).length} days beyond the 1-day VaR
      </p>
    </Panel>
  );
}
