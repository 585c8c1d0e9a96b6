import type { PageProps } from '../../app/page.ts';
import { SystemPage } from './SystemPage.tsx';

/** #/system: the engines' health and the accel routers, polled every 10 s. */
export default function SystemRoute(_props: PageProps) {
  return <SystemPage />;
}
