import type { PageProps } from '../../app/page.ts';
import { StrategiesPage } from './StrategiesPage.tsx';
import '../../ui/pageGrid.css';
import './strategies.css';

/** #/strategies and #/strategies/<strategyId> (that strategy preselected in the backtest form). */
export default function Strategies({ params }: PageProps) {
  return <StrategiesPage strategyId={params[0]} />;
}
