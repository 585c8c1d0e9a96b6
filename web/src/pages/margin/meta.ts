import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Margin',
  order: 50,
  description: 'Margin accounts worst first with live utilisation; collateral, requirements, calls and what-ifs per account.',
};
export default meta;
