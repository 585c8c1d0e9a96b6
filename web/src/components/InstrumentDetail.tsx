import { useEffect, useState } from 'react';
import { graphql } from '../__generated__/index.ts';
import type { BarInterval } from '../__generated__/graphql.ts';
import { useQuery } from '../graphql/hooks.tsx';
import { useLiveQuotes } from '../live/useLiveQuotes.ts';
import { formatChange, formatPrice, formatVolume } from '../lib/format.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { LivePrice } from './LivePrice.tsx';
import { PriceChart, type ChartMode } from './PriceChart.tsx';

const InstrumentDetailQuery = graphql(`
  query InstrumentDetail($symbol: String!, $interval: BarInterval!, $limit: Int) {
    instrument(symbol: $symbol) {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
      latestQuote {
        bid
        ask
        last
        size
        spread
        ts
      }
      bars(interval: $interval, limit: $limit) {
        ts
        interval
        open
        high
        low
        close
        volume
      }
    }
  }
`);

const INTERVALS: readonly { value: BarInterval; label: string; limit: number; refreshMs: number }[] = [
  { value: 'M1', label: '1m', limit: 180, refreshMs: 15_000 },
  { value: 'M5', label: '5m', limit: 180, refreshMs: 60_000 },
  { value: 'M15', label: '15m', limit: 160, refreshMs: 120_000 },
  { value: 'H1', label: '1h', limit: 168, refreshMs: 300_000 },
  { value: 'D1', label: '1D', limit: 250, refreshMs: 900_000 },
];

/** The selected instrument: live quote, key facts, and a chart of bars at a chosen interval. */
export function InstrumentDetail({ symbol }: { symbol: string }) {
  const [interval, setInterval_] = useState<BarInterval>('M5');
  const [mode, setMode] = useState<ChartMode>('candles');
  const spec = INTERVALS.find((i) => i.value === interval) ?? INTERVALS[1]!;
  const { data, error, loading, refetch } = useQuery(InstrumentDetailQuery, { symbol, interval, limit: spec.limit });
  const { book } = useLiveQuotes([symbol]);

  // New bars close while the panel is open; refetch at the pace of the interval.
  useEffect(() => {
    const timer = setInterval(refetch, spec.refreshMs);
    return () => clearInterval(timer);
  }, [refetch, spec.refreshMs]);

  const instrument = data?.instrument?.symbol === symbol ? data.instrument : undefined;
  if (error !== undefined && instrument === undefined) {
    return (
      <section className="panel detail">
        <ErrorBanner error={error} />
      </section>
    );
  }
  if (data !== undefined && data.instrument === null) {
    return (
      <section className="panel detail empty-state">
        <p>
          No instrument <b>{symbol}</b>.
        </p>
      </section>
    );
  }
  if (instrument === undefined) {
    return (
      <section className="panel detail empty-state">
        <p className="muted">Loading {symbol}…</p>
      </section>
    );
  }

  const live = book[symbol];
  const quote = live ?? instrument.latestQuote;
  const last = quote?.last ?? instrument.lastPrice;
  const firstOpen = instrument.bars[0]?.open;
  const volume = instrument.bars.reduce((sum, b) => sum + b.volume, 0);
  const change = formatChange(firstOpen, last);
  const tick = instrument.tickSize;
  // While a new interval loads, the previous bars stay on screen: label them by their own interval.
  const shownInterval = instrument.bars[0]?.interval ?? interval;

  return (
    <section className="panel detail" aria-label={`${symbol} detail`}>
      <header className="detail-header">
        <div>
          <div className="detail-title">
            <h2>{instrument.symbol}</h2>
            <span className={`badge badge--${instrument.assetClass.toLowerCase()}`}>{instrument.assetClass}</span>
            {!instrument.active && <span className="badge badge--inactive">INACTIVE</span>}
          </div>
          <div className="muted">
            {instrument.name} · {instrument.exchange} · {instrument.currency}
          </div>
        </div>
        <div className="detail-price">
          <LivePrice className="big" value={last} tickSize={tick} change={live?.changes.last} />
          <span className={`change ${change.startsWith('+') ? 'up' : change.startsWith('-') ? 'down' : ''}`}>
            {change} <span className="muted small">over {instrument.bars.length} bars</span>
          </span>
        </div>
      </header>

      <dl className="stats">
        <div>
          <dt>Bid</dt>
          <dd>
            <LivePrice value={quote?.bid} tickSize={tick} change={live?.changes.bid} />
          </dd>
        </div>
        <div>
          <dt>Ask</dt>
          <dd>
            <LivePrice value={quote?.ask} tickSize={tick} change={live?.changes.ask} />
          </dd>
        </div>
        <div>
          <dt>Spread</dt>
          <dd>{quote === null || quote === undefined ? '—' : formatPrice(quote.ask - quote.bid, tick)}</dd>
        </div>
        <div>
          <dt>Volume (window)</dt>
          <dd>{formatVolume(volume)}</dd>
        </div>
        <div>
          <dt>Tick · Mult.</dt>
          <dd>
            {tick} · {instrument.multiplier}
          </dd>
        </div>
      </dl>

      <div className="chart-toolbar">
        <div className="segmented" role="radiogroup" aria-label="Interval">
          {INTERVALS.map((i) => (
            <button
              key={i.value}
              role="radio"
              aria-checked={i.value === interval}
              className={i.value === interval ? 'is-active' : undefined}
              onClick={() => setInterval_(i.value)}
            >
              {i.label}
            </button>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label="Chart type">
          {(['candles', 'line'] as const).map((m) => (
            <button key={m} role="radio" aria-checked={m === mode} className={m === mode ? 'is-active' : undefined} onClick={() => setMode(m)}>
              {m === 'candles' ? 'Candles' : 'Line'}
            </button>
          ))}
        </div>
        {loading && <span className="muted small">Updating…</span>}
      </div>
      {error !== undefined && <ErrorBanner error={error} />}
      {instrument.bars.length === 0 ? (
        <div className="chart chart--empty muted">No {spec.label} bars yet.</div>
      ) : (
        <PriceChart bars={instrument.bars} interval={shownInterval} tickSize={tick} mode={mode} livePrice={last ?? undefined} />
      )}
    </section>
  );
}
