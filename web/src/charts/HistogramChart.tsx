import { axesFor, DEFAULT_FRAME } from './plotGeometry.ts';
import { PlotAxes } from './PlotAxes.tsx';
import './figureCharts.css';

export interface HistogramBinLike {
  from: number;
  to: number;
  count: number;
}

export interface VerticalMark {
  value: number;
  label: string;
  tone: 'down' | 'warn';
}

/**
 * An SVG histogram (the P&L distribution): bars left of zero in red, right in green, and vertical
 * marks (−VaR, −ES) with their labels.
 */
export function HistogramChart({
  bins,
  marks = [],
  label,
  format,
}: {
  bins: readonly HistogramBinLike[];
  marks?: readonly VerticalMark[];
  label: string;
  format: (value: number) => string;
}) {
  const frame = DEFAULT_FRAME;
  if (bins.length === 0) return null;
  const lo = Math.min(bins[0]!.from, ...marks.map((m) => m.value));
  const hi = Math.max(bins.at(-1)!.to, ...marks.map((m) => m.value));
  const top = Math.max(...bins.map((b) => b.count));
  const axes = axesFor(frame, [lo, hi], [0, top * 1.08], 5);
  const { x, y } = axes;
  return (
    <svg className="figchart" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <PlotAxes frame={frame} axes={axes} formatX={format} formatY={String} />
      {bins.map((b, i) => (
        <rect
          key={i}
          className={(b.from + b.to) / 2 < 0 ? 'figchart-bar figchart-bar--loss' : 'figchart-bar'}
          x={x(b.from) + 0.5}
          width={Math.max(0.5, x(b.to) - x(b.from) - 1)}
          y={y(b.count)}
          height={Math.max(0, y(0) - y(b.count))}
        >
          <title>{`${format(b.from)} to ${format(b.to)}: ${b.count} days`}</title>
        </rect>
      ))}
      {marks.map((m, i) => (
        <g key={m.label} className={`figchart-mark figchart-mark--${m.tone}`}>
          <line x1={x(m.value)} x2={x(m.value)} y1={frame.top} y2={frame.height - frame.bottom} />
          <text x={x(m.value) + 4} y={frame.top + 12 + i * 14}>
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
