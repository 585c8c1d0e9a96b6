import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'Family office',
  order: 20,
  description: 'Who owns what: the ownership tree, look-through holdings at live prices, and goals with their probability of success.',
};
export default meta;
