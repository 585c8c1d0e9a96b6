import type { PageProps } from '../../app/page.ts';
import { MarketsPage } from './MarketsPage.tsx';

/** #/markets and #/markets/<symbol>. */
export default function MarketsRoute({ params }: PageProps) {
  return <MarketsPage symbol={params[0]?.toUpperCase()} />;
}
