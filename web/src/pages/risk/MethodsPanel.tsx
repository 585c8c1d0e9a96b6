import { graphql } from '../../__generated__/index.ts';
import type { VaRMethod } from '../../__generated__/graphql.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { DataTable, Panel, type Column } from '../../ui/index.ts';
import { formatMoney } from '../../ui/formatFigures.ts';
import { BarList } from '../../charts/BarList.tsx';

const ByMethodQuery = graphql(`
  query RiskByMethod($id: ID!, $confidence: Float!, $horizonDays: Int!, $lookbackDays: Int!) {
    portfolio(id: $id) {
      id
      historical: riskReport(method: HISTORICAL, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays) {
        method
        var
        es
      }
      filtered: riskReport(method: FILTERED_HISTORICAL, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays) {
        method
        var
        es
      }
      parametric: riskReport(method: PARAMETRIC, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays) {
        method
        var
        es
      }
      cornishFisher: riskReport(method: CORNISH_FISHER, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays) {
        method
        var
        es
      }
      deltaGamma: riskReport(method: DELTA_GAMMA, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays) {
        method
        var
        es
      }
      monteCarlo: riskReport(method: MONTE_CARLO, confidence: $confidence, horizonDays: $horizonDays, lookbackDays: $lookbackDays, paths: 20000) {
        method
        var
        es
      }
    }
  }
`);

const LABEL: Record<VaRMethod, string> = {
  HISTORICAL: 'Historical',
  FILTERED_HISTORICAL: 'Filtered historical',
  PARAMETRIC: 'Parametric',
  CORNISH_FISHER: 'Cornish-Fisher',
  DELTA_GAMMA: 'Delta-gamma',
  MONTE_CARLO: 'Monte Carlo',
};

type Row = { method: VaRMethod; var: number; es: number };

/** The same VaR and ES by every method, side by side (one request, six reports). */
export function MethodsPanel({ portfolioId, confidence, horizonDays, lookbackDays, selected }: { portfolioId: string; confidence: number; horizonDays: number; lookbackDays: number; selected: VaRMethod }) {
  const { data, error, loading, refetch, retryAt } = useQuery(ByMethodQuery, { id: portfolioId, confidence, horizonDays, lookbackDays });
  const p = data?.portfolio;
  const rows: Row[] = p ? [p.historical, p.filtered, p.parametric, p.cornishFisher, p.deltaGamma, p.monteCarlo] : [];
  const columns: Column<Row>[] = [
    { key: 'method', header: 'Method', render: (r) => (r.method === selected ? <strong>{LABEL[r.method]}</strong> : LABEL[r.method]) },
    { key: 'var', header: 'VaR', numeric: true, render: (r) => formatMoney(r.var) },
    { key: 'es', header: 'ES', numeric: true, render: (r) => formatMoney(r.es) },
  ];
  return (
    <Panel title="VaR and ES by method" subtitle="same book, confidence and horizon" loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined}>
      {rows.length > 0 && (
        <>
          <DataTable caption="VaR and ES by method" columns={columns} rows={rows} rowKey={(r) => r.method} rowAttributes={(r) => ({ 'data-method': r.method })} />
          <div className="panel-body">
            <BarList label="VaR by method" items={rows.map((r) => ({ label: LABEL[r.method], value: r.var, text: formatMoney(r.var) }))} />
          </div>
        </>
      )}
    </Panel>
  );
}
