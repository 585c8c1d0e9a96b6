import type { PageProps } from '../../app/page.ts';
import { RiskPage } from './RiskPage.tsx';
import { RiskPortfolioPicker } from './RiskPortfolioPicker.tsx';
import '../../ui/pageGrid.css';
import './risk.css';

/** #/risk (pick a portfolio) and #/risk/<portfolioId>. */
export default function Risk({ params }: PageProps) {
  const id = params[0];
  return id === undefined ? <RiskPortfolioPicker /> : <RiskPage key={id} portfolioId={id} />;
}
