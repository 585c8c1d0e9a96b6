import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Markets',
  order: 60,
  description: 'Instruments with live quotes, a watchlist, and charts with indicators computed on the server.',
};
export default meta;
