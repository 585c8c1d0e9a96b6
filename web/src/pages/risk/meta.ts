import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Risk',
  order: 40,
  description: 'VaR and expected shortfall by method with the P&L distribution, contributions, Greeks, exposures, stress, the VaR backtest and limits with live breaches.',
};
export default meta;
