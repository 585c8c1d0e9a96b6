import { useEffect, useRef } from 'react';
import {
  CandlestickSeries,
  ColorType,
  CrosshairMode,
  HistogramSeries,
  LineSeries,
  LineStyle,
  createChart,
  type IChartApi,
  type ISeriesApi,
  type SeriesType,
  type UTCTimestamp,
} from 'lightweight-charts';

/** A point in time as epoch seconds (UTC), the unit lightweight-charts takes. */
export type ChartTime = number;
export interface CandlePoint {
  time: ChartTime;
  open: number;
  high: number;
  low: number;
  close: number;
}
export interface ValuePoint {
  time: ChartTime;
  value: number;
  /** Histogram bars only: their own colour (e.g. volume up/down). */
  color?: string;
}

interface SeriesBase {
  /** Stable id: a series with the same id is updated in place, not recreated. */
  id: string;
  /** 0 is the main pane; 1, 2 … are stacked below it (RSI, MACD). */
  pane?: number;
  /** Shown in the price-scale label and the legend. */
  title?: string;
}
export type ChartSeries =
  | (SeriesBase & { kind: 'candles'; data: readonly CandlePoint[] })
  | (SeriesBase & { kind: 'line'; data: readonly ValuePoint[]; color: string; dashed?: boolean; lineWidth?: 1 | 2 | 3 })
  | (SeriesBase & { kind: 'histogram'; data: readonly ValuePoint[]; color?: string; /** 'overlay' puts it at the bottom of its pane (volume). */ overlay?: boolean });

export const CHART_COLORS = {
  up: '#22c55e',
  down: '#f43f5e',
  upSoft: 'rgba(34, 197, 94, 0.35)',
  downSoft: 'rgba(244, 63, 94, 0.35)',
  text: '#7d8aa6',
  grid: '#16203a',
  border: '#1c2740',
  accent: '#38bdf8',
} as const;

export interface TimeSeriesChartProps {
  series: readonly ChartSeries[];
  /** Accessible name of the chart (it is a canvas: say what it shows). */
  label: string;
  height?: number;
  /** Show hours and minutes on the time axis (intraday data). */
  intraday?: boolean;
  /** Visible window in epoch seconds, or 'all' to fit every point; applied when it changes. */
  range?: { from: ChartTime; to: ChartTime } | 'all';
  /** Price formatter for the right axis and the crosshair label. */
  formatPrice?: (price: number) => string;
  /** Gets the chart once created (zoom buttons, crosshair legends); `null` when it is removed. */
  onChart?: (chart: IChartApi | null) => void;
}

type AnySeries = ISeriesApi<SeriesType>;
interface Mounted {
  api: AnySeries;
  spec: ChartSeries;
}

/**
 * A finance time-series chart over TradingView's lightweight-charts: candles, lines and histograms
 * on one or more panes, date/time axis, wheel/pinch zoom and drag to pan, sized to its container.
 * Series are declared as props and reconciled by id; when only the last point changed (a live
 * tick) or one point was appended, the series is updated in place instead of reloaded.
 */
export function TimeSeriesChart({ series, label, height = 360, intraday = false, range, formatPrice, onChart }: TimeSeriesChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chartRef = useRef<IChartApi | null>(null);
  const mounted = useRef(new Map<string, Mounted>());
  const onChartRef = useRef(onChart);
  onChartRef.current = onChart;

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const chart = createChart(element, {
      autoSize: true,
      layout: { background: { type: ColorType.Solid, color: 'transparent' }, textColor: CHART_COLORS.text, fontSize: 11, attributionLogo: true },
      grid: { vertLines: { color: CHART_COLORS.grid }, horzLines: { color: CHART_COLORS.grid } },
      rightPriceScale: { borderColor: CHART_COLORS.border },
      timeScale: { borderColor: CHART_COLORS.border, rightOffset: 3 },
      crosshair: { mode: CrosshairMode.Normal },
    });
    chartRef.current = chart;
    const own = mounted.current;
    // The visible window as attributes (seconds), for people's tools and browser tests alike.
    const onRange = (range: { from: unknown; to: unknown } | null) => {
      if (range === null) return;
      element.dataset.visibleFrom = String(range.from);
      element.dataset.visibleTo = String(range.to);
    };
    chart.timeScale().subscribeVisibleTimeRangeChange(onRange);
    onChartRef.current?.(chart);
    return () => {
      onChartRef.current?.(null);
      own.clear();
      chart.remove();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.applyOptions({
      timeScale: { timeVisible: intraday, secondsVisible: false },
      localization: formatPrice === undefined ? {} : { priceFormatter: formatPrice },
    });
  }, [intraday, formatPrice]);

  useEffect(() => {
    const chart = chartRef.current;
    if (chart === null) return;
    const own = mounted.current;
    const wanted = new Set(series.map((s) => s.id));
    for (const [id, entry] of own) {
      if (!wanted.has(id) || entry.spec.kind !== series.find((s) => s.id === id)?.kind || (entry.spec.pane ?? 0) !== (series.find((s) => s.id === id)?.pane ?? 0)) {
        chart.removeSeries(entry.api);
        own.delete(id);
      }
    }
    for (const spec of series) {
      const entry = own.get(spec.id);
      if (entry === undefined) {
        const api = addSeries(chart, spec);
        api.setData(toData(spec));
        own.set(spec.id, { api, spec });
        continue;
      }
      if (entry.spec.data !== spec.data) {
        const previous = entry.spec.data;
        const next = spec.data;
        const grown = next.length - previous.length;
        const last = next[next.length - 1];
        if (last !== undefined && previous.length > 0 && next[0] === previous[0] && (grown === 0 || grown === 1) && (grown === 1 || next[next.length - 2] === previous[previous.length - 2])) {
          entry.api.update(toPoint(last) as never);
        } else {
          entry.api.setData(toData(spec));
        }
      }
      entry.api.applyOptions(seriesOptions(spec));
      entry.spec = spec;
    }
    const element = container.current;
    const main = series[0];
    const last = main?.data[main.data.length - 1];
    if (element !== null && main !== undefined) {
      element.dataset.points = String(main.data.length);
      element.dataset.firstTime = String(main.data[0]?.time ?? '');
      element.dataset.last = last === undefined ? '' : String('close' in last ? last.close : last.value);
      element.dataset.series = series.map((s) => s.id).join(',');
    }
  }, [series]);

  const hasData = series.some((s) => s.data.length > 0);
  const rangeKey = range === undefined ? '' : range === 'all' ? 'all' : `${range.from}-${range.to}`;
  useEffect(() => {
    const chart = chartRef.current;
    if (chart === null || range === undefined || !hasData) return;
    // After the data of the same render: setVisibleRange needs points inside the range.
    if (range === 'all') chart.timeScale().fitContent();
    else chart.timeScale().setVisibleRange({ from: range.from as UTCTimestamp, to: range.to as UTCTimestamp });
  }, [rangeKey, hasData]);

  return <div ref={container} className="ts-chart" role="img" aria-label={label} style={{ height }} />;
}

function addSeries(chart: IChartApi, spec: ChartSeries): AnySeries {
  const pane = spec.pane ?? 0;
  if (spec.kind === 'candles') return chart.addSeries(CandlestickSeries, seriesOptions(spec), pane) as AnySeries;
  if (spec.kind === 'line') return chart.addSeries(LineSeries, seriesOptions(spec), pane) as AnySeries;
  const api = chart.addSeries(HistogramSeries, seriesOptions(spec), pane) as AnySeries;
  if (spec.overlay) api.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
  return api;
}

function seriesOptions(spec: ChartSeries): Record<string, unknown> {
  const title = spec.title === undefined ? {} : { title: spec.title };
  if (spec.kind === 'candles') {
    return { ...title, upColor: CHART_COLORS.up, downColor: CHART_COLORS.down, wickUpColor: CHART_COLORS.up, wickDownColor: CHART_COLORS.down, borderVisible: false };
  }
  if (spec.kind === 'line') {
    return { ...title, color: spec.color, lineWidth: spec.lineWidth ?? 1, lineStyle: spec.dashed ? LineStyle.Dashed : LineStyle.Solid, priceLineVisible: false, lastValueVisible: spec.title !== undefined, crosshairMarkerVisible: false };
  }
  return {
    ...title,
    color: spec.color ?? CHART_COLORS.accent,
    priceLineVisible: false,
    lastValueVisible: false,
    ...(spec.overlay ? { priceScaleId: `${spec.id}-overlay`, priceFormat: { type: 'volume' } } : {}),
  };
}

function toPoint(point: CandlePoint | ValuePoint): Record<string, unknown> {
  return { ...point, time: point.time as UTCTimestamp };
}

function toData(spec: ChartSeries): never {
  return spec.data.map((point) => toPoint(point)) as never;
}
