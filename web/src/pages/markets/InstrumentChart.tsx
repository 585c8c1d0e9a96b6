import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IChartApi } from 'lightweight-charts';
import { graphql } from '../../__generated__/index.ts';
import type { IndicatorSpec } from '../../__generated__/graphql.ts';
import { CHART_COLORS, TimeSeriesChart, type CandlePoint, type ChartSeries, type ValuePoint } from '../../charts/TimeSeriesChart.tsx';
import { useQuery } from '../../graphql/hooks.tsx';
import { formatPrice, formatVolume } from '../../lib/format.ts';
import { useLiveQuotes } from '../../live/useLiveQuotes.ts';
import { LivePrice } from '../../components/LivePrice.tsx';
import { Panel, StatGrid, StatTile } from '../../ui/index.ts';
import { INTERVAL_SECONDS, RANGES, applyTick, dayChange, toCandles, toSeconds, toVolume, visibleWindow, type RangeKey } from './marketMath.ts';

const MarketInstrumentQuery = graphql(`
  query MarketInstrument($symbol: String!) {
    instrument(symbol: $symbol) {
      id
      symbol
      name
      assetClass
      currency
      exchange
      tickSize
      lastPrice
      latestQuote {
        bid
        ask
        last
        ts
      }
      daily: bars(interval: D1, limit: 10) {
        ts
        close
      }
    }
  }
`);

const MarketBarsQuery = graphql(`
  query MarketBars($symbol: String!, $interval: BarInterval!, $limit: Int) {
    instrument(symbol: $symbol) {
      id
      bars(interval: $interval, limit: $limit) {
        ts
        open
        high
        low
        close
        volume
      }
    }
  }
`);

const MarketIndicatorsQuery = graphql(`
  query MarketIndicators($symbol: String!, $interval: BarInterval!, $limit: Int, $specs: [IndicatorSpec!]!) {
    instrument(symbol: $symbol) {
      id
      indicators(interval: $interval, limit: $limit, specs: $specs) {
        ts
        lines {
          spec
          label
          name
          overlay
          values
        }
      }
    }
  }
`);

/** The indicators offered as toggles; computed on the server (Instrument.indicators, accel kernels). */
export const INDICATOR_CHOICES: readonly { id: string; label: string; spec: IndicatorSpec; color: string }[] = [
  { id: 'sma20', label: 'SMA 20', spec: { kind: 'SMA', period: 20 }, color: '#f59e0b' },
  { id: 'ema50', label: 'EMA 50', spec: { kind: 'EMA', period: 50 }, color: '#a78bfa' },
  { id: 'bb', label: 'Bollinger 20', spec: { kind: 'BOLLINGER', period: 20, stdDevs: 2 }, color: '#38bdf8' },
  { id: 'rsi', label: 'RSI 14', spec: { kind: 'RSI', period: 14 }, color: '#f472b6' },
  { id: 'macd', label: 'MACD', spec: { kind: 'MACD', fast: 12, slow: 26, signal: 9 }, color: '#34d399' },
  { id: 'atr', label: 'ATR 14', spec: { kind: 'ATR', period: 14 }, color: '#fb923c' },
];

const LINE_SHADES: Record<string, string> = { upper: 'aa', lower: 'aa', signal: 'aa' };

/**
 * Indicators cover at most the latest 1,500 bars (six years of a stock's sessions): the gateway's
 * operation cost counts each bar's lines (five fields each), and 1,500 keeps the request under
 * its limit.
 */
const MAX_INDICATOR_BARS = 1_500;

export interface InstrumentChartProps {
  symbol: string;
  watched: boolean;
  onToggleWatch: (symbol: string) => void;
}

/**
 * One instrument: live last price and the day's change (against the previous session's close),
 * bid/ask, and a lightweight-charts candle chart with volume, range buttons (1D … All), zoom, the
 * last candle following live ticks, and indicator overlays computed on the server.
 */
export function InstrumentChart({ symbol, watched, onToggleWatch }: InstrumentChartProps) {
  const [rangeKey, setRangeKey] = useState<RangeKey>('6M');
  const [chosen, setChosen] = useState<readonly string[]>(['sma20']);
  const range = RANGES.find((r) => r.key === rangeKey) ?? RANGES[3]!;
  const info = useQuery(MarketInstrumentQuery, { symbol }, { pollMs: 60_000 });
  const bars = useQuery(MarketBarsQuery, { symbol, interval: range.interval, limit: range.limit }, { pollMs: range.intraday ? 60_000 : undefined });
  const choices = INDICATOR_CHOICES.filter((c) => chosen.includes(c.id));
  const specs = useMemo(() => choices.map((c) => c.spec), [chosen]); // the choices follow `chosen`
  const indicators = useQuery(MarketIndicatorsQuery, { symbol, interval: range.interval, limit: Math.min(range.limit, MAX_INDICATOR_BARS), specs }, { skip: specs.length === 0, pollMs: range.intraday ? 60_000 : undefined });
  const { book } = useLiveQuotes([symbol]);
  const live = book[symbol];

  const instrument = info.data?.instrument ?? undefined;
  const tickSize = instrument?.tickSize ?? 0.01;
  const loadedBars = bars.data?.instrument?.bars;

  // The candles follow ticks between reloads: the last one moves, a new one opens per bucket. New
  // bars replace them in the same render (not in an effect), so the chart's range is applied to
  // the data it was computed from.
  const base = useMemo<readonly CandlePoint[]>(() => (loadedBars === undefined ? [] : toCandles(loadedBars)), [loadedBars]);
  const [ticked, setTicked] = useState<{ base: readonly CandlePoint[]; candles: readonly CandlePoint[] }>({ base, candles: base });
  if (ticked.base !== base) setTicked({ base, candles: base });
  const candles = ticked.base === base ? ticked.candles : base;
  useEffect(() => {
    if (live === undefined) return;
    setTicked((current) => ({ ...current, candles: applyTick(current.candles, live.last, toSeconds(live.ts), INTERVAL_SECONDS[range.interval]) }));
  }, [live, range.interval]);

  const volume = useMemo(() => (loadedBars === undefined ? [] : toVolume(loadedBars, CHART_COLORS.upSoft, CHART_COLORS.downSoft)), [loadedBars]);
  const indicatorSeries = useMemo(() => buildIndicatorSeries(indicators.data?.instrument?.indicators, choices), [indicators.data, chosen]); // the choices follow `chosen`
  const series = useMemo<ChartSeries[]>(
    () => (candles.length === 0 ? [] : [{ id: 'candles', kind: 'candles', data: candles }, { id: 'volume', kind: 'histogram', data: volume, overlay: true }, ...indicatorSeries]),
    [candles, volume, indicatorSeries],
  );

  // The window follows the range button; recomputed only when the range or the loaded bars change.
  const window_ = useMemo(() => visibleWindow(base, range), [base, range]);
  const chart = useRef<IChartApi | null>(null);
  const onChart = useCallback((api: IChartApi | null) => {
    chart.current = api;
  }, []);
  const zoom = (factor: number) => {
    const scale = chart.current?.timeScale();
    const logical = scale?.getVisibleLogicalRange();
    if (scale === undefined || logical == null) return;
    const middle = (logical.from + logical.to) / 2;
    const half = ((logical.to - logical.from) / 2) * factor;
    scale.setVisibleLogicalRange({ from: middle - half, to: middle + half });
  };

  const last = live?.last ?? instrument?.latestQuote?.last ?? instrument?.lastPrice ?? null;
  const nowIso = live?.ts ?? instrument?.latestQuote?.ts ?? loadedBars?.at(-1)?.ts ?? null;
  const change = instrument === undefined ? null : dayChange(instrument.daily, last, nowIso);
  const tone = change === null || change.change === 0 ? 'neutral' : change.change > 0 ? 'up' : 'down';
  const priceFormatter = useCallback((price: number) => formatPrice(price, tickSize), [tickSize]);

  return (
    <Panel
      className="market-chart"
      title={
        <>
          <span className="symbol">{symbol}</span> {instrument !== undefined && <span className="muted">{instrument.name}</span>}
        </>
      }
      subtitle={instrument === undefined ? undefined : `${instrument.exchange} · ${instrument.currency} · times in UTC`}
      actions={
        <button type="button" className={`button button--small ${watched ? 'is-active' : ''}`} aria-pressed={watched} onClick={() => onToggleWatch(symbol)}>
          {watched ? '★ Watching' : '☆ Watch'}
        </button>
      }
      loading={info.loading && info.data === undefined}
      error={info.error ?? bars.error}
      retryAt={info.retryAt ?? bars.retryAt}
      onRetry={() => {
        info.refetch();
        bars.refetch();
      }}
      hasData={instrument !== undefined}
      empty={info.data !== undefined && info.data.instrument === null ? <p>No instrument {symbol}.</p> : undefined}
    >
      <StatGrid label={`${symbol} figures`}>
        <StatTile label="Last" value={<LivePrice value={last} tickSize={tickSize} change={live?.changes.last} />} detail={live !== undefined ? 'live' : 'last close'} />
        <StatTile
          label="Day change"
          tone={tone}
          value={change === null ? '—' : `${change.change > 0 ? '+' : ''}${formatPrice(change.change, tickSize)}`}
          detail={change === null ? 'no previous close' : `${change.percent > 0 ? '+' : ''}${change.percent.toFixed(2)}% vs ${formatPrice(change.previousClose, tickSize)}`}
        />
        <StatTile label="Bid / Ask" value={`${formatPrice(live?.bid ?? instrument?.latestQuote?.bid, tickSize)} / ${formatPrice(live?.ask ?? instrument?.latestQuote?.ask, tickSize)}`} />
        <StatTile label="Volume (last bar)" value={loadedBars?.at(-1) === undefined ? '—' : formatVolume(loadedBars.at(-1)!.volume)} detail={range.interval} />
      </StatGrid>
      <div className="chart-controls">
        <div className="segmented" role="group" aria-label="Range">
          {RANGES.map((r) => (
            <button key={r.key} type="button" className={r.key === rangeKey ? 'is-active' : ''} aria-pressed={r.key === rangeKey} onClick={() => setRangeKey(r.key)}>
              {r.key}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" onClick={() => zoom(0.5)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoom(2)}>
            −
          </button>
        </div>
        <fieldset className="indicator-toggles">
          <legend className="visually-hidden">Indicators</legend>
          {INDICATOR_CHOICES.map((choice) => (
            <label key={choice.id} className="chip">
              <input type="checkbox" checked={chosen.includes(choice.id)} onChange={() => setChosen((c) => (c.includes(choice.id) ? c.filter((x) => x !== choice.id) : [...c, choice.id]))} />
              <span className="swatch" style={{ background: choice.color }} aria-hidden="true" />
              {choice.label}
            </label>
          ))}
        </fieldset>
      </div>
      {indicators.error !== undefined && <p className="ui-field-error" role="alert">Indicators: {indicators.error.message}</p>}
      {bars.loading && loadedBars === undefined ? (
        <div className="chart-placeholder">Loading bars…</div>
      ) : loadedBars !== undefined && loadedBars.length === 0 ? (
        <div className="chart-placeholder">No {range.interval} bars for {symbol}.</div>
      ) : (
        <TimeSeriesChart
          series={series}
          label={`${symbol} ${range.key} candles${choices.length > 0 ? ` with ${choices.map((c) => c.label).join(', ')}` : ''}`}
          height={indicatorSeries.some((s) => (s.pane ?? 0) > 0) ? 520 : 400}
          intraday={range.intraday}
          range={window_}
          formatPrice={priceFormatter}
          onChart={onChart}
        />
      )}
      <p className="muted small chart-hint">Scroll or pinch to zoom, drag to pan; indicators are computed by the server (accel).</p>
    </Panel>
  );
}

type IndicatorSet = NonNullable<NonNullable<import('../../__generated__/graphql.ts').MarketIndicatorsQuery['instrument']>['indicators']>;

/** Chart series for the computed indicators: overlays on the price pane, the others one pane each. */
export function buildIndicatorSeries(set: IndicatorSet | undefined, choices: readonly { color: string }[]): ChartSeries[] {
  if (set === undefined) return [];
  const times = set.ts.map(toSeconds);
  const panes = new Map<number, number>();
  for (const line of set.lines) if (!line.overlay && !panes.has(line.spec)) panes.set(line.spec, panes.size + 1);
  return set.lines.map((line): ChartSeries => {
    const color = choices[line.spec]?.color ?? CHART_COLORS.accent;
    const pane = line.overlay ? 0 : (panes.get(line.spec) ?? 1);
    const data: ValuePoint[] = [];
    line.values.forEach((value, i) => {
      if (value !== null && value !== undefined) data.push({ time: times[i]!, value });
    });
    const id = `${line.label}:${line.name}`;
    if (line.name === 'histogram') return { id, kind: 'histogram', data, color: `${color}88`, pane };
    const first = line.name === 'value' || line.name === 'middle' || line.name === 'macd';
    return { id, kind: 'line', data, color: `${color}${LINE_SHADES[line.name] ?? ''}`, dashed: line.name === 'upper' || line.name === 'lower', pane, title: first ? line.label : undefined };
  });
}
