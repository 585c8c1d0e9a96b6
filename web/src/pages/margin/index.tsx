import type { PageProps } from '../../app/page.ts';
import { MarginPage } from './MarginPage.tsx';

/** #/margin (accounts) and #/margin/<accountId> (one account). */
export default function MarginRoute({ params }: PageProps) {
  return <MarginPage accountId={params[0]} />;
}
