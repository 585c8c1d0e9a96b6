import type { PageProps } from '../../app/page.ts';
import { PortfolioDetail } from './PortfolioDetail.tsx';
import { PortfolioList } from './PortfolioList.tsx';
import '../../ui/pageGrid.css';
import './portfolio.css';

/** #/portfolio (every book) and #/portfolio/<id> (one book). */
export default function Portfolio({ params }: PageProps) {
  const id = params[0];
  return id === undefined ? <PortfolioList /> : <PortfolioDetail key={id} portfolioId={id} />;
}
