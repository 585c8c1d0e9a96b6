import type { PageProps } from '../../app/page.ts';
import { FamilyPage } from './FamilyPage.tsx';

/** #/family (the first top-level entity) and #/family/<entityId>. */
export default function Family({ params }: PageProps) {
  return <FamilyPage entityId={params[0]} />;
}
