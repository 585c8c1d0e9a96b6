import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PriceChart } from '../src/components/PriceChart.tsx';
import type { OhlcBar } from '../src/chart/layoutCandles.ts';

const bars: OhlcBar[] = Array.from({ length: 30 }, (_, i) => {
  const open = 100 + Math.sin(i / 4) * 2;
  const close = open + (i % 3 === 0 ? -0.4 : 0.5);
  return {
    ts: new Date(Date.UTC(2026, 0, 5, 14, 0) + i * 300_000).toISOString(),
    open,
    high: Math.max(open, close) + 0.2,
    low: Math.min(open, close) - 0.2,
    close,
    volume: 1_000 + i * 10,
  };
});

function render(mode: 'candles' | 'line', livePrice?: number): string {
  return renderToStaticMarkup(createElement(PriceChart, { bars, interval: 'M5', tickSize: 0.01, mode, livePrice, width: 640, height: 300 }));
}

describe('PriceChart (server-rendered markup)', () => {
  it('draws one candle and one volume bar per bar, coloured by direction', () => {
    const html = render('candles');
    expect(html).toContain('<svg class="chart-svg" width="640" height="300"');
    expect(html.match(/<g class="(up|down)"><line/g)).toHaveLength(30);
    expect(html.match(/<g class="down"><line/g)).toHaveLength(10); // every third bar closes lower
    expect(html.match(/<g class="volume">(.*?)<\/g>/)![1]!.match(/<rect/g)).toHaveLength(30);
  });

  it('draws a single close path in line mode', () => {
    const html = render('line');
    expect(html).not.toContain('class="candles"');
    expect(html.match(/<path class="line" d="M[^"]+"/g)).toHaveLength(1);
  });

  it('labels the price axis on the tick grid, the time axis in UTC, and the legend with the last bar', () => {
    const html = render('candles');
    expect(html).toMatch(/<text x="580" y="[\d.]+" dominant-baseline="middle">\d+\.\d{2}<\/text>/);
    expect(html).toContain('>16:25</text>'); // the last bar's start, always labelled
    expect(html).toContain('2026-01-05 16:25 UTC');
  });

  it('shows the live price line only when the price is inside the plotted range', () => {
    expect(render('candles', 100.5)).toContain('class="live-line"');
    expect(render('candles', 500)).not.toContain('class="live-line"');
  });
});
