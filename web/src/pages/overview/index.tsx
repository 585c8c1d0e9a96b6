import type { PageProps } from '../../app/page.ts';
import { OverviewPage } from './OverviewPage.tsx';

export default function Overview(_props: PageProps) {
  return <OverviewPage />;
}
