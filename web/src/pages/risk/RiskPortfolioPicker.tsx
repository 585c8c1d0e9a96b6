import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { Panel } from '../../ui/index.ts';

const RiskPortfoliosQuery = graphql(`
  query RiskPortfolios {
    portfolios(first: 100) {
      edges {
        node {
          id
          name
          owner {
            name
          }
          riskLimits {
            id
            active
          }
        }
      }
    }
  }
`);

/** #/risk without a portfolio: every book, each a link to its risk. */
export function RiskPortfolioPicker() {
  const { data, error, loading, refetch, retryAt } = useQuery(RiskPortfoliosQuery, {});
  const nodes = data?.portfolios.edges.map((e) => e.node) ?? [];
  return (
    <div className="page-grid">
      <Panel title="Choose a portfolio" loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} empty={data !== undefined && nodes.length === 0 ? 'No portfolios yet.' : undefined} className="span-2">
        <ul className="risk-picker">
          {nodes.map((p) => (
            <li key={p.id}>
              <a href={routeHref('risk', p.id)}>{p.name}</a> <span className="muted small">{p.owner.name} · {p.riskLimits.filter((l) => l.active).length} active limits</span>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
