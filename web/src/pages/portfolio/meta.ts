import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Portfolio',
  order: 30,
  description: 'One book: live positions, P&L and weights, cash and trades, performance against its benchmark, the optimiser and rebalancing.',
};
export default meta;
