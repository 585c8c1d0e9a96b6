import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarList } from '../src/charts/BarList.tsx';
import { HistogramChart } from '../src/charts/HistogramChart.tsx';
import { ScatterPlot } from '../src/charts/ScatterPlot.tsx';
import { DEFAULT_FRAME, axesFor, paddedExtent } from '../src/charts/plotGeometry.ts';

describe('plot geometry', () => {
  it('pads extents, widens a single value, and defaults an empty series', () => {
    expect(paddedExtent([0, 10], 0.1)).toEqual([-1, 11]);
    expect(paddedExtent([5, 5])).toEqual([4.75, 5.25]);
    expect(paddedExtent([0])).toEqual([-1, 1]);
    expect(paddedExtent([Number.NaN])).toEqual([0, 1]);
  });

  it('maps data onto the frame with y growing upwards', () => {
    const { x, y, xTicks } = axesFor(DEFAULT_FRAME, [0, 1], [0, 100]);
    expect([x(0), x(1)]).toEqual([DEFAULT_FRAME.left, DEFAULT_FRAME.width - DEFAULT_FRAME.right]);
    expect([y(0), y(100)]).toEqual([DEFAULT_FRAME.height - DEFAULT_FRAME.bottom, DEFAULT_FRAME.top]);
    expect(xTicks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('BarList', () => {
  it('draws bars proportional to the largest value, each figure in text', () => {
    const html = renderToStaticMarkup(createElement(BarList, { label: 'Weights', items: [{ label: 'A', value: 0.5, text: '50%' }, { label: 'B', value: 0.25, text: '25%' }] }));
    expect(html).toContain('aria-label="Weights"');
    expect(html).toContain('left:0%;width:100%');
    expect(html).toContain('left:0%;width:50%');
    expect(html).toContain('>25%<');
  });

  it('centres the axis when a value is negative: losses extend left in red', () => {
    const html = renderToStaticMarkup(createElement(BarList, { label: 'Stress', items: [{ label: 'Crash', value: -200 }, { label: 'Rally', value: 100 }] }));
    expect(html).toContain('barlist--signed');
    expect(html).toContain('barlist-fill barlist-fill--neg" style="left:0%;width:50%"');
    expect(html).toContain('style="left:50%;width:25%"');
  });
});

describe('HistogramChart and ScatterPlot', () => {
  it('draws a bar per bin (losses red) and labelled marks', () => {
    const bins = [
      { from: -2, to: -1, count: 1 },
      { from: -1, to: 0, count: 3 },
      { from: 0, to: 1, count: 2 },
    ];
    const html = renderToStaticMarkup(createElement(HistogramChart, { bins, label: 'P&L', format: String, marks: [{ value: -1.5, label: 'VaR', tone: 'warn' }] }));
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html.match(/figchart-bar--loss/g)).toHaveLength(2);
    expect(html).toContain('>VaR<');
    expect(html).toContain('role="img" aria-label="P&amp;L"');
    expect(renderToStaticMarkup(createElement(HistogramChart, { bins: [], label: 'x', format: String }))).toBe('');
  });

  it('joins the frontier’s points left to right and marks the optimum', () => {
    const html = renderToStaticMarkup(
      createElement(ScatterPlot, { label: 'Frontier', xLabel: 'vol', yLabel: 'ret', points: [{ x: 0.2, y: 0.1 }, { x: 0.1, y: 0.05 }], markers: [{ x: 0.15, y: 0.08, label: 'optimal', tone: 'accent' }] }),
    );
    const path = /<path class="figchart-line" d="([^"]+)"/.exec(html)![1]!;
    const xs = [...path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(html.match(/figchart-dot/g)).toHaveLength(2);
    expect(html).toContain('>optimal<');
  });
});
