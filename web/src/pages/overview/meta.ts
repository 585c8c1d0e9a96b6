import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Overview',
  order: 10,
  description: 'Every entity and portfolio at live prices, the day’s P&L, and margin and risk alerts as they happen.',
};
export default meta;
