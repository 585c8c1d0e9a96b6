import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { BacktestInterval, BacktestMode, BacktestStatus, ParameterRangeInput, StrategiesBacktestQuery } from '../../__generated__/graphql.ts';
import { useMutation, useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { DataTable, FieldError, Panel, StatGrid, StatTile, fieldErrorFor, type Column } from '../../ui/index.ts';
import { formatDate, formatMoney, formatPercent, formatSignedMoney, formatSignedPercent, signClass } from '../../ui/formatFigures.ts';
import { CHART_COLORS, TimeSeriesChart, type ChartSeries } from '../../charts/TimeSeriesChart.tsx';
import { cellColour, heatMap, parseValueList } from './sweepGrid.ts';

const RunBacktest = graphql(`
  mutation StrategiesRunBacktest($input: BacktestInput!) {
    runBacktest(input: $input) {
      id
      status
      progress
    }
  }
`);

const CancelBacktest = graphql(`
  mutation StrategiesCancelBacktest($id: ID!) {
    cancelBacktest(id: $id) {
      id
      status
      progress
      error
    }
  }
`);

const BacktestProgress = graphql(`
  subscription StrategiesBacktestProgress($id: ID!) {
    backtestProgress(id: $id) {
      id
      status
      progress
      error
    }
  }
`);

const BacktestResult = graphql(`
  query StrategiesBacktest($id: ID!) {
    backtest(id: $id) {
      id
      status
      progress
      error
      kind
      symbols
      from
      to
      mode
      initialCash
      metrics {
        totalReturn
        cagr
        volatility
        sharpe
        sortino
        maxDrawdown
        winRate
        profitFactor
        tradeCount
        probabilisticSharpe
      }
      equityCurve {
        ts
        equity
        drawdown
      }
      trades {
        symbol
        side
        quantity
        entryTs
        entryPrice
        exitTs
        exitPrice
        pnl
        returnPct
      }
      drawdowns {
        start
        trough
        end
        depth
        length
      }
      sweep {
        parameters
        metrics {
          sharpe
          totalReturn
        }
      }
    }
  }
`);

interface StrategyOption {
  id: string;
  name: string;
  kind: string;
  universe: string[];
}
interface KindOption {
  kind: string;
  parameters: readonly { name: string; default: number; min: number; max: number }[];
}

const TERMINAL: readonly BacktestStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];
const isoDay = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

type TradeRow = { symbol: string; side: string; quantity: number; entryTs: unknown; entryPrice: number; exitTs?: unknown; exitPrice?: number | null; pnl?: number | null; returnPct?: number | null };

/** The backtest form, its live progress (backtestProgress) with Cancel, and the results with the sweep's heat map. */
export function BacktestPanel({ strategies, kinds, initialStrategyId }: { strategies: readonly StrategyOption[]; kinds: readonly KindOption[]; initialStrategyId: string | undefined }) {
  const id = useId();
  const [strategyId, setStrategyId] = useState(() => (strategies.some((s) => s.id === initialStrategyId) ? initialStrategyId! : (strategies[0]?.id ?? '')));
  const [from, setFrom] = useState(() => isoDay(Date.now() - 365 * 86_400_000));
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [mode, setMode] = useState<BacktestMode>('VECTORIZED');
  const [interval, setInterval] = useState<BacktestInterval>('D1');
  const [cash, setCash] = useState('100000');
  const [feeBps, setFeeBps] = useState('1');
  const [slippageBps, setSlippageBps] = useState('2');
  const [sweepX, setSweepX] = useState('');
  const [sweepXValues, setSweepXValues] = useState('');
  const [sweepY, setSweepY] = useState('');
  const [sweepYValues, setSweepYValues] = useState('');
  const [run, runState] = useMutation(RunBacktest);
  const [cancel, cancelState] = useMutation(CancelBacktest);
  const [current, setCurrent] = useState<{ id: string; status: BacktestStatus; progress: number; error?: string | null } | null>(null);
  const strategy = strategies.find((s) => s.id === strategyId);
  const parameterNames = kinds.find((k) => k.kind === strategy?.kind)?.parameters.map((p) => p.name) ?? [];
  const terminal = current !== null && TERMINAL.includes(current.status);

  const onProgress = useCallback((d: { backtestProgress: { id: string; status: BacktestStatus; progress: number; error?: string | null } }) => {
    setCurrent((c) => (c === null || c.id !== d.backtestProgress.id || TERMINAL.includes(c.status) ? c : { ...d.backtestProgress }));
  }, []);
  useSubscription(BacktestProgress, { id: current?.id ?? '' }, onProgress, { skip: current === null || terminal });
  // A run can finish before the subscription is up: a slow poll catches the terminal state too.
  const status = useQuery(BacktestResult, { id: current?.id ?? '' }, { skip: current === null || terminal, pollMs: 3000 });
  const polled = status.data?.backtest;
  useEffect(() => {
    if (polled && TERMINAL.includes(polled.status)) setCurrent((c) => (c !== null && c.id === polled.id && !TERMINAL.includes(c.status) ? { id: polled.id, status: polled.status, progress: polled.progress, error: polled.error } : c));
  }, [polled]);
  const result = useQuery(BacktestResult, { id: current?.id ?? '' }, { skip: current === null || !terminal });
  const backtest = result.data?.backtest ?? undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const grid: ParameterRangeInput[] = [];
    if (sweepX !== '') grid.push({ name: sweepX, values: parseValueList(sweepXValues) });
    if (sweepY !== '' && sweepY !== sweepX) grid.push({ name: sweepY, values: parseValueList(sweepYValues) });
    const started = await run({
      input: {
        strategyId,
        from: `${from}T00:00:00Z`,
        to: `${to}T00:00:00Z`,
        mode,
        interval,
        initialCash: Number(cash),
        fees: { bps: Number(feeBps) },
        slippage: { kind: 'BPS', value: Number(slippageBps) },
        ...(grid.length > 0 ? { grid } : {}),
      },
    });
    if (started) setCurrent({ ...started.runBacktest });
  };
  const err = (field: string) => fieldErrorFor(runState.error, field);
  const fieldsWithErrors = ['input.from', 'input.to', 'input.initialCash', 'input.grid'];
  const generalError = runState.error !== undefined && !fieldsWithErrors.some((f) => err(f) !== undefined) ? runState.error : undefined;

  return (
    <Panel title="Backtest" subtitle="runs on a worker thread; progress arrives live" error={generalError ?? cancelState.error} hasData className="span-2 backtest">
      <form className="form-grid" onSubmit={submit} aria-label="Backtest">
        <label>
          Strategy
          <select value={strategyId} onChange={(e) => setStrategyId(e.target.value)}>
            {strategies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={err('input.from') !== undefined} aria-describedby={`${id}-from`} />
          <FieldError id={`${id}-from`} error={err('input.from')} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={err('input.to') !== undefined} aria-describedby={`${id}-to`} />
          <FieldError id={`${id}-to`} error={err('input.to')} />
        </label>
        <label>
          Mode
          <select value={mode} onChange={(e) => setMode(e.target.value as BacktestMode)}>
            <option value="VECTORIZED">Vectorised</option>
            <option value="EVENT">Event-driven</option>
          </select>
        </label>
        <label>
          Bars
          <select value={interval} onChange={(e) => setInterval(e.target.value as BacktestInterval)}>
            <option value="D1">Daily</option>
            <option value="M1">Minute</option>
          </select>
        </label>
        <label>
          Initial cash
          <input inputMode="decimal" value={cash} onChange={(e) => setCash(e.target.value)} aria-invalid={err('input.initialCash') !== undefined} aria-describedby={`${id}-cash`} />
          <FieldError id={`${id}-cash`} error={err('input.initialCash')} />
        </label>
        <label>
          Fees (bps)
          <input inputMode="decimal" value={feeBps} onChange={(e) => setFeeBps(e.target.value)} />
        </label>
        <label>
          Slippage (bps)
          <input inputMode="decimal" value={slippageBps} onChange={(e) => setSlippageBps(e.target.value)} />
        </label>
        <label>
          Sweep parameter
          <select value={sweepX} onChange={(e) => setSweepX(e.target.value)}>
            <option value="">none</option>
            {parameterNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {sweepX !== '' && (
          <label>
            {sweepX} values
            <input value={sweepXValues} placeholder="e.g. 5, 10, 20" onChange={(e) => setSweepXValues(e.target.value)} aria-invalid={err('input.grid') !== undefined} aria-describedby={`${id}-grid`} />
            <FieldError id={`${id}-grid`} error={err('input.grid')} />
          </label>
        )}
        {sweepX !== '' && (
          <label>
            Second parameter
            <select value={sweepY} onChange={(e) => setSweepY(e.target.value)}>
              <option value="">none</option>
              {parameterNames
                .filter((n) => n !== sweepX)
                .map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
            </select>
          </label>
        )}
        {sweepX !== '' && sweepY !== '' && (
          <label>
            {sweepY} values
            <input value={sweepYValues} placeholder="e.g. 50, 100" onChange={(e) => setSweepYValues(e.target.value)} />
          </label>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={runState.running || (current !== null && !terminal) || strategyId === ''}>
            Run backtest
          </button>
          {current !== null && !terminal && (
            <button type="button" className="button" disabled={cancelState.running} onClick={async () => {
              const c = await cancel({ id: current.id });
              if (c) setCurrent({ ...c.cancelBacktest });
            }}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {current !== null && (
        <div className="panel-body backtest-progress">
          <div className="progress" role="progressbar" aria-label="Backtest progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(current.progress * 100)}>
            <span style={{ width: `${(current.progress * 100).toFixed(1)}%` }} />
          </div>
          <span className={`backtest-status backtest-status--${current.status}`} data-testid="backtest-status">
            {current.status} {formatPercent(current.progress, 0)}
          </span>
          {current.error ? <span className="muted small"> {current.error}</span> : null}
        </div>
      )}
      {terminal && result.loading && <p className="muted panel-body">Loading results…</p>}
      {backtest && backtest.status === 'COMPLETED' && <BacktestResults backtest={backtest} />}
    </Panel>
  );
}

type BacktestData = NonNullable<StrategiesBacktestQuery['backtest']>;

function BacktestResults({ backtest }: { backtest: BacktestData }) {
  const m = backtest.metrics;
  const series = useMemo<ChartSeries[]>(
    () => [
      { id: 'equity', kind: 'line', title: 'Equity', color: CHART_COLORS.accent, lineWidth: 2, data: backtest.equityCurve.map((p) => ({ time: Math.floor(Date.parse(String(p.ts)) / 1000), value: p.equity })) },
      { id: 'drawdown', kind: 'histogram', title: 'Drawdown %', pane: 1, color: CHART_COLORS.downSoft, data: backtest.equityCurve.map((p) => ({ time: Math.floor(Date.parse(String(p.ts)) / 1000), value: -Math.abs(p.drawdown) * 100 })) },
    ],
    [backtest.equityCurve],
  );
  const map = heatMap(backtest.sweep.map((c) => ({ parameters: (c.parameters ?? {}) as Record<string, unknown>, value: c.metrics.sharpe ?? null })));
  const tradeColumns: Column<TradeRow>[] = [
    { key: 'symbol', header: 'Symbol', render: (t) => <span className="symbol">{t.symbol}</span> },
    { key: 'side', header: 'Side', render: (t) => t.side },
    { key: 'entry', header: 'Entry', render: (t) => `${formatDate(String(t.entryTs))} @ ${formatMoney(t.entryPrice, { cents: true })}` },
    { key: 'exit', header: 'Exit', hideOnMobile: true, render: (t) => (t.exitTs ? `${formatDate(String(t.exitTs))} @ ${formatMoney(t.exitPrice, { cents: true })}` : 'open') },
    { key: 'pnl', header: 'P&L', numeric: true, render: (t) => <span className={signClass(t.pnl)}>{formatSignedMoney(t.pnl)}</span> },
    { key: 'ret', header: 'Return', numeric: true, hideOnMobile: true, render: (t) => formatSignedPercent(t.returnPct) },
  ];
  return (
    <div className="backtest-results" aria-label="Backtest results">
      <StatGrid label="Backtest metrics">
        <StatTile label="Total return" value={<span data-testid="bt-return">{formatSignedPercent(m?.totalReturn)}</span>} detail={`CAGR ${formatSignedPercent(m?.cagr)}`} tone={(m?.totalReturn ?? 0) >= 0 ? 'up' : 'down'} />
        <StatTile label="Sharpe" value={m?.sharpe?.toFixed(2) ?? '—'} detail={`PSR ${formatPercent(m?.probabilisticSharpe, 0)}`} />
        <StatTile label="Max drawdown" value={formatPercent(m?.maxDrawdown, 1)} tone="down" />
        <StatTile label="Trades" value={String(m?.tradeCount ?? backtest.trades.length)} detail={`win rate ${formatPercent(m?.winRate, 0)}`} />
        <StatTile label="Volatility" value={formatPercent(m?.volatility, 1)} />
      </StatGrid>
      <div className="chart-box">
        <TimeSeriesChart series={series} label="Equity curve and drawdown of the backtest" height={280} range="all" />
      </div>
      {map !== null && (
        <div className="panel-body">
          <h3 className="subheading">Sweep: Sharpe by {map.y === null ? map.x : `${map.x} × ${map.y}`}</h3>
          <table className="heatmap" aria-label="Sweep heat map">
            <thead>
              <tr>
                <th scope="col">{map.y ?? ''}</th>
                {map.xValues.map((x) => (
                  <th key={x} scope="col">
                    {map.x} {x}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.yValues.map((y, r) => (
                <tr key={y}>
                  <th scope="row">{map.y === null ? 'Sharpe' : `${map.y} ${y}`}</th>
                  {map.values[r]!.map((v, c) => (
                    <td key={c} style={{ background: cellColour(v, map.min, map.max) }}>
                      {v === null ? '—' : v.toFixed(2)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DataTable caption="Backtest trades" columns={tradeColumns} rows={backtest.trades.slice(0, 100)} rowKey={(t) => `${t.symbol}-${String(t.entryTs)}-${t.side}`} empty="No trades in this run." />
      {backtest.drawdowns.length > 0 && (
        <p className="muted small panel-body">
          Worst drawdowns: {[...backtest.drawdowns].sort((a, b) => Math.abs(b.depth) - Math.abs(a.depth)).slice(0, 3).map((d) => `${formatPercent(Math.abs(d.depth), 1)} (${formatDate(String(d.start))} → ${d.end ? formatDate(String(d.end)) : 'not recovered'}, ${d.length} bars)`).join(' · ')}
        </p>
      )}
    </div>
  );
}
