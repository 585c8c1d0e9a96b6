import type { Axes, Frame } from './plotGeometry.ts';

/** The grid and tick labels of a figure chart: a horizontal grid line per y tick, labels under the x axis. */
export function PlotAxes({
  frame,
  axes: { x, y, xTicks, yTicks },
  formatX,
  formatY,
}: {
  frame: Frame;
  axes: Axes;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
}) {
  return (
    <>
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line className="figchart-grid" x1={frame.left} x2={frame.width - frame.right} y1={y(t)} y2={y(t)} />
          <text className="figchart-tick" x={frame.left - 6} y={y(t) + 4} textAnchor="end">
            {formatY(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t}`} className="figchart-tick" x={x(t)} y={frame.height - frame.bottom + 16} textAnchor="middle">
          {formatX(t)}
        </text>
      ))}
    </>
  );
}
