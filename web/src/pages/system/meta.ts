import type { PageMeta } from '../../app/page.ts';

const meta: PageMeta = {
  title: 'System',
  order: 90,
  description: 'Every engine of the registry: health, readiness, versions, traffic and the accelerated backends.',
};
export default meta;
