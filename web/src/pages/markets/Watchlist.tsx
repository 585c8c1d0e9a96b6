import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { formatPrice } from '../../lib/format.ts';
import type { QuoteBook } from '../../live/quoteBook.ts';
import { LivePrice } from '../../components/LivePrice.tsx';
import { routeHref } from '../../app/routes.ts';
import { Panel } from '../../ui/index.ts';
import { dayChange } from './marketMath.ts';

const WatchedInstrumentQuery = graphql(`
  query WatchedInstrument($symbol: String!) {
    instrument(symbol: $symbol) {
      id
      symbol
      name
      tickSize
      lastPrice
      latestQuote {
        last
        ts
      }
      daily: bars(interval: D1, limit: 5) {
        ts
        close
      }
    }
  }
`);

export interface WatchlistProps {
  symbols: readonly string[];
  selected: string | undefined;
  book: QuoteBook;
  onToggle: (symbol: string) => void;
}

/** The watched symbols (kept in this browser), each with its live last price and the day's change. */
export function Watchlist({ symbols, selected, book, onToggle }: WatchlistProps) {
  return (
    <Panel title="Watchlist" subtitle={`${symbols.length} watched · this browser`} className="watchlist" empty={symbols.length === 0 ? 'Nothing watched yet: star an instrument below.' : undefined}>
      <ul className="watch-cards">
        {symbols.map((symbol) => (
          <WatchCard key={symbol} symbol={symbol} selected={symbol === selected} book={book} onRemove={() => onToggle(symbol)} />
        ))}
      </ul>
    </Panel>
  );
}

function WatchCard({ symbol, selected, book, onRemove }: { symbol: string; selected: boolean; book: QuoteBook; onRemove: () => void }) {
  const { data, error } = useQuery(WatchedInstrumentQuery, { symbol });
  const instrument = data?.instrument ?? undefined;
  const live = book[symbol];
  const tickSize = instrument?.tickSize ?? 0.01;
  const last = live?.last ?? instrument?.latestQuote?.last ?? instrument?.lastPrice ?? null;
  const change = instrument === undefined ? null : dayChange(instrument.daily, last, live?.ts ?? instrument.latestQuote?.ts ?? instrument.daily.at(-1)?.ts);
  return (
    <li className={`watch-card ${selected ? 'is-selected' : ''}`} data-symbol={symbol}>
      <a href={routeHref('markets', symbol)} aria-current={selected ? 'true' : undefined}>
        <span className="symbol">{symbol}</span>
        <span className="watch-last">
          <LivePrice value={last} tickSize={tickSize} change={live?.changes.last} />
        </span>
        <span className={`watch-change ${change === null ? 'muted' : change.change >= 0 ? 'up' : 'down'}`}>
          {error !== undefined ? error.code : change === null ? '—' : `${change.change >= 0 ? '+' : ''}${change.percent.toFixed(2)}% (${formatPrice(change.change, tickSize)})`}
        </span>
      </a>
      <button type="button" className="star star--on" aria-label={`Remove ${symbol} from the watchlist`} onClick={onRemove}>
        ★
      </button>
    </li>
  );
}
