import { useEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { barIndexAt, closePath, layoutCandles, timeLabelIndices, type OhlcBar } from '../chart/layoutCandles.ts';
import { niceTicks } from '../chart/scale.ts';
import { formatBarTime, formatBarTimestamp, formatPrice, formatVolume, type Interval } from '../lib/format.ts';

export type ChartMode = 'candles' | 'line';

export interface PriceChartProps {
  bars: readonly OhlcBar[];
  interval: Interval;
  tickSize: number;
  mode: ChartMode;
  /** The live last price, drawn as a dashed line with a tag on the axis. */
  livePrice?: number | undefined;
  height?: number;
  /** Fixed width in pixels; by default the chart fills its container and follows resizes. */
  width?: number;
}

const AXIS_WIDTH = 68;
const AXIS_HEIGHT = 22;

/** Candlestick or line chart of bars with volume, a price axis, a live price line and a hover crosshair. */
export function PriceChart({ bars, interval, tickSize, mode, livePrice, height = 380, width: fixedWidth }: PriceChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const measuredWidth = useElementWidth(container, fixedWidth === undefined);
  const width = fixedWidth ?? measuredWidth;
  const [hover, setHover] = useState<number | null>(null);

  const layout = useMemo(
    () => layoutCandles(bars, { width, height, axisWidth: AXIS_WIDTH, axisHeight: AXIS_HEIGHT, volumeRatio: 0.18 }),
    [bars, width, height],
  );
  const [lo, hi] = layout.price.domain;
  const priceTicks = useMemo(() => niceTicks(lo, hi, 6), [lo, hi]);
  const timeTicks = useMemo(() => timeLabelIndices(bars.length, Math.max(2, Math.floor(width / 110))), [bars.length, width]);
  const hovered = hover === null ? undefined : layout.candles[hover];
  const last = layout.candles[layout.candles.length - 1];
  const info = hovered ?? last;
  const liveY = livePrice === undefined ? undefined : layout.price(livePrice);
  const liveVisible = liveY !== undefined && liveY >= layout.priceTop && liveY <= layout.priceBottom;

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHover(barIndexAt(event.clientX - box.left, layout.slot, bars.length));
  };

  return (
    <div className="chart" ref={container}>
      {info !== undefined && (
        <div className="chart-legend">
          <span className="muted">{formatBarTimestamp(info.bar.ts, interval)}</span>
          <span>
            O <b>{formatPrice(info.bar.open, tickSize)}</b>
          </span>
          <span>
            H <b>{formatPrice(info.bar.high, tickSize)}</b>
          </span>
          <span>
            L <b>{formatPrice(info.bar.low, tickSize)}</b>
          </span>
          <span>
            C <b className={info.rising ? 'up' : 'down'}>{formatPrice(info.bar.close, tickSize)}</b>
          </span>
          <span>
            V <b>{formatVolume(info.bar.volume)}</b>
          </span>
        </div>
      )}
      {width > 0 && (
        <svg className="chart-svg" width={width} height={height} role="img" aria-label={`Price chart, ${bars.length} bars`}>
          <g className="grid">
            {priceTicks.map((t) => (
              <line key={t} x1={0} x2={layout.plotWidth} y1={layout.price(t)} y2={layout.price(t)} />
            ))}
          </g>
          <g className="axis axis--price">
            {priceTicks.map((t) => (
              <text key={t} x={layout.plotWidth + 8} y={layout.price(t)} dominantBaseline="middle">
                {formatPrice(t, tickSize)}
              </text>
            ))}
          </g>
          <g className="axis axis--time">
            {timeTicks.map((i) => {
              const c = layout.candles[i];
              return c === undefined ? null : (
                <text key={i} x={c.x} y={height - 6} textAnchor="middle">
                  {formatBarTime(c.bar.ts, interval)}
                </text>
              );
            })}
          </g>
          <g className="volume">
            {layout.candles.map((c) => (
              <rect
                key={c.index}
                className={c.rising ? 'up' : 'down'}
                x={c.x - c.bodyWidth / 2}
                y={c.volumeTop}
                width={c.bodyWidth}
                height={c.volumeHeight}
              />
            ))}
          </g>
          {mode === 'candles' ? (
            <g className="candles">
              {layout.candles.map((c) => (
                <g key={c.index} className={c.rising ? 'up' : 'down'}>
                  <line x1={c.x} x2={c.x} y1={c.wickTop} y2={c.wickBottom} />
                  <rect x={c.x - c.bodyWidth / 2} y={c.bodyTop} width={c.bodyWidth} height={c.bodyHeight} />
                </g>
              ))}
            </g>
          ) : (
            <path className="line" d={closePath(layout.candles, layout.price)} />
          )}
          {liveVisible && (
            <g className="live-line">
              <line x1={0} x2={layout.plotWidth} y1={liveY} y2={liveY} />
              <rect x={layout.plotWidth + 2} y={liveY - 9} width={AXIS_WIDTH - 4} height={18} rx={3} />
              <text x={layout.plotWidth + 8} y={liveY} dominantBaseline="middle">
                {formatPrice(livePrice, tickSize)}
              </text>
            </g>
          )}
          {hovered !== undefined && (
            <g className="crosshair">
              <line x1={hovered.x} x2={hovered.x} y1={layout.priceTop} y2={layout.volumeBottom} />
              <line x1={0} x2={layout.plotWidth} y1={layout.price(hovered.bar.close)} y2={layout.price(hovered.bar.close)} />
            </g>
          )}
          <rect
            className="hit-area"
            x={0}
            y={0}
            width={layout.plotWidth}
            height={layout.volumeBottom}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHover(null)}
          />
        </svg>
      )}
    </div>
  );
}

/** Width of an element, following resizes (the chart fills its panel). */
function useElementWidth(ref: RefObject<HTMLElement | null>, enabled: boolean): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry !== undefined) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
