import { InstrumentDetail } from '../../components/InstrumentDetail.tsx';
import { InstrumentsPanel } from '../../components/InstrumentsPanel.tsx';
import { routeHref } from '../../app/routes.ts';

export function MarketsPage({ symbol }: { symbol: string | undefined }) {
  return (
    <div className="markets-layout">
      <InstrumentsPanel selected={symbol ?? null} onSelect={(next) => window.location.assign(routeHref('markets', next))} />
      {symbol === undefined ? <p className="muted">Select an instrument to see its chart.</p> : <InstrumentDetail symbol={symbol} />}
    </div>
  );
}
