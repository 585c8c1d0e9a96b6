import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Strategies',
  order: 70,
  description: 'Systematic strategies: live signals, backtests with progress and a parameter sweep, and the paper-order blotter.',
};
export default meta;
