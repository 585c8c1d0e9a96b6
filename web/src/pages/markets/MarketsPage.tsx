import { routeHref } from '../../app/routes.ts';
import { useLiveQuotes } from '../../live/useLiveQuotes.ts';
import { InstrumentChart } from './InstrumentChart.tsx';
import { InstrumentsTable } from './InstrumentsTable.tsx';
import { Watchlist } from './Watchlist.tsx';
import { useWatchlist } from './watchlist.ts';

/**
 * #/markets/<symbol>: the watchlist and the chart of the selected instrument (the first watched
 * one when the URL names none), then every instrument with live quotes.
 */
export function MarketsPage({ symbol }: { symbol: string | undefined }) {
  const { symbols, toggle } = useWatchlist();
  const { book } = useLiveQuotes(symbols);
  const shown = symbol ?? symbols[0] ?? 'SPY';
  return (
    <div className="markets-layout">
      <Watchlist symbols={symbols} selected={shown} book={book} onToggle={toggle} />
      <InstrumentChart key={shown} symbol={shown} watched={symbols.includes(shown)} onToggleWatch={toggle} />
      <InstrumentsTable selected={shown} onSelect={(next) => window.location.assign(routeHref('markets', next))} watched={symbols} onToggleWatch={toggle} />
    </div>
  );
}
