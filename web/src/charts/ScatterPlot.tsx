import { axesFor, DEFAULT_FRAME, paddedExtent } from './plotGeometry.ts';
import { PlotAxes } from './PlotAxes.tsx';
import './figureCharts.css';

export interface ScatterPoint {
  x: number;
  y: number;
  label?: string;
}

export interface ScatterMarker extends ScatterPoint {
  label: string;
  /** CSS class for colour: `marker--accent`, `marker--muted`… */
  tone: 'accent' | 'muted' | 'up';
}

/**
 * A small SVG scatter for the efficient frontier: the frontier's points joined by a line, and
 * labelled markers (the optimum, the current book). x and y are fractions shown as percentages.
 */
export function ScatterPlot({
  points,
  markers = [],
  label,
  xLabel,
  yLabel,
  format = (v: number) => `${(v * 100).toFixed(0)}%`,
}: {
  points: readonly ScatterPoint[];
  markers?: readonly ScatterMarker[];
  label: string;
  xLabel: string;
  yLabel: string;
  format?: (value: number) => string;
}) {
  const frame = DEFAULT_FRAME;
  const all = [...points, ...markers];
  const axes = axesFor(frame, paddedExtent(all.map((p) => p.x)), paddedExtent(all.map((p) => p.y)));
  const { x, y } = axes;
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const path = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join('');
  return (
    <svg className="figchart" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <PlotAxes frame={frame} axes={axes} formatX={format} formatY={format} />
      <text className="figchart-axis-label" x={(frame.left + frame.width - frame.right) / 2} y={frame.height - 2} textAnchor="middle">
        {xLabel}
      </text>
      <text className="figchart-axis-label" x={12} y={frame.top + 4} transform={`rotate(-90 12 ${frame.top + 4})`} textAnchor="end">
        {yLabel}
      </text>
      <path className="figchart-line" d={path} />
      {sorted.map((p, i) => (
        <circle key={i} className="figchart-dot" cx={x(p.x)} cy={y(p.y)} r={2.5} />
      ))}
      {markers.map((m) => (
        <g key={m.label} className={`figchart-marker figchart-marker--${m.tone}`}>
          <circle cx={x(m.x)} cy={y(m.y)} r={6} />
          <text x={x(m.x) + 9} y={y(m.y) - 8}>
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
