import { useMemo } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, StatGrid, StatTile, type Column } from '../../ui/index.ts';
import { formatMoney, formatPercent, formatQuantity, formatSignedMoney, signClass } from '../../ui/formatFigures.ts';
import { BarList } from '../../charts/BarList.tsx';
import { allocationBy, type Holding } from '../portfolio/holdings.ts';
import { useLiveValuations } from '../portfolio/useLiveValuation.ts';
import { buildOwnershipForest, defaultEntity, flattenForest } from './ownershipTree.ts';
import { GoalsPanel } from './GoalsPanel.tsx';
import { NewEntityForm } from './NewEntityForm.tsx';
import '../../ui/pageGrid.css';
import './family.css';

const FamilyQuery = graphql(`
  query FamilyPage {
    entities {
      id
      name
      kind
      owns {
        percentage
        owned {
          id
        }
      }
      ownedBy {
        percentage
        owner {
          id
          name
        }
      }
      portfolios {
        id
        name
      }
    }
  }
`);

const FamilyEntityQuery = graphql(`
  query FamilyEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      consolidated {
        cash
        portfolios {
          share
          portfolio {
            id
            name
          }
        }
        positions {
          symbol
          quantity
          costBasis
          instrument {
            id
            lastPrice
            assetClass
            multiplier
            latestQuote {
              ts
            }
            bars(interval: D1, limit: 4) {
              ts
              close
            }
          }
        }
      }
    }
  }
`);

export function FamilyPage({ entityId }: { entityId: string | undefined }) {
  const { data, error, loading, refetch, retryAt } = useQuery(FamilyQuery, {});
  const entities = useMemo(() => data?.entities ?? [], [data]);
  const forest = useMemo(() => buildOwnershipForest(entities), [entities]);
  const rows = flattenForest(forest);
  const selectedId = entityId ?? defaultEntity(forest)?.id;
  const selected = entities.find((e) => e.id === selectedId);

  return (
    <div className="page-grid family">
      <Panel
        title="Ownership"
        subtitle={`${entities.length} entities · effective share from the top`}
        loading={loading}
        error={error}
        retryAt={retryAt}
        onRetry={refetch}
        hasData={data !== undefined}
        empty={data !== undefined && entities.length === 0 ? 'No entities yet: create the first one below.' : undefined}
      >
        <ul className="owner-tree" aria-label="Ownership tree">
          {rows.map((node, i) => (
            <li key={`${node.entity.id}:${i}`} className={`owner-node ${node.entity.id === selectedId ? 'is-selected' : ''}`} style={{ paddingLeft: `${8 + node.depth * 20}px` }}>
              <a href={routeHref('family', node.entity.id)} aria-current={node.entity.id === selectedId ? 'true' : undefined}>
                {node.depth > 0 && <span className="owner-branch" aria-hidden="true">└ </span>}
                {node.entity.name}
              </a>
              <span className="badge">{node.entity.kind.toLowerCase()}</span>
              {node.percentage !== null && <span className="owner-stake">{formatPercent(node.percentage / 100, 0)}</span>}
              {node.depth > 1 && <span className="muted small">effective {formatPercent(node.effectiveShare, 1)}</span>}
              {node.entity.portfolios.length > 0 && <span className="muted small">{node.entity.portfolios.map((p) => p.name).join(', ')}</span>}
            </li>
          ))}
        </ul>
        <details className="entity-details">
          <summary>New entity</summary>
          <NewEntityForm entities={entities} onCreated={refetch} />
        </details>
      </Panel>

      {selectedId !== undefined ? (
        <EntityDetail key={selectedId} entityId={selectedId} name={selected?.name} />
      ) : (
        <Panel title="Look-through holdings" loading={loading} empty={data !== undefined ? 'Select an entity.' : undefined} />
      )}
      {selectedId !== undefined && <GoalsPanel entityId={selectedId} portfolios={entities.flatMap((e) => e.portfolios)} />}
    </div>
  );
}

function EntityDetail({ entityId, name }: { entityId: string; name: string | undefined }) {
  const { data, error, loading, refetch, retryAt } = useQuery(FamilyEntityQuery, { id: entityId });
  const consolidated = data?.entity?.consolidated;
  const books = useMemo(
    () =>
      consolidated === undefined
        ? []
        : [{ cash: consolidated.cash, positions: consolidated.positions.map((p) => ({ ...p, realizedPnl: 0 })) }],
    [consolidated],
  );
  const { valuations } = useLiveValuations(books);
  const valuation = valuations[0];
  const notFound = data !== undefined && data.entity === null;
  const columns: Column<Holding>[] = [
    { key: 'symbol', header: 'Symbol', render: (h) => <span className="symbol">{h.symbol}</span> },
    { key: 'qty', header: 'Look-through qty', numeric: true, render: (h) => formatQuantity(h.quantity), hideOnMobile: true },
    { key: 'price', header: 'Price', numeric: true, render: (h) => <span className="live-price">{formatMoney(h.price, { cents: true })}</span> },
    { key: 'value', header: 'Value', numeric: true, render: (h) => formatMoney(h.marketValue) },
    { key: 'weight', header: 'Weight', numeric: true, render: (h) => formatPercent(h.weight, 1) },
    { key: 'upl', header: 'Unrealised', numeric: true, hideOnMobile: true, render: (h) => <span className={signClass(h.unrealizedPnl)}>{formatSignedMoney(h.unrealizedPnl)}</span> },
  ];
  return (
    <Panel
      title={`Look-through: ${data?.entity?.name ?? name ?? '…'}`}
      subtitle="every book reached through ownership, scaled by the effective share; live prices"
      loading={loading}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
      empty={notFound ? `No entity ${entityId}.` : consolidated !== undefined && consolidated.portfolios.length === 0 ? 'This entity reaches no portfolio.' : undefined}
      className="family-lookthrough"
    >
      {valuation !== undefined && consolidated !== undefined && (
        <>
          <StatGrid label="Look-through totals">
            <StatTile label="Look-through value" value={<span data-testid="lookthrough-value">{formatMoney(valuation.total)}</span>} detail={`cash ${formatMoney(valuation.cash)}`} />
            <StatTile label="Today’s P&L" value={formatSignedMoney(valuation.dayPnl)} tone={valuation.dayPnl > 0 ? 'up' : valuation.dayPnl < 0 ? 'down' : 'neutral'} />
            <StatTile label="Unrealised P&L" value={formatSignedMoney(valuation.unrealizedPnl)} tone={valuation.unrealizedPnl >= 0 ? 'up' : 'down'} />
          </StatGrid>
          <ul className="share-list" aria-label="Portfolios reached">
            {consolidated.portfolios.map((s) => (
              <li key={s.portfolio.id}>
                <a href={routeHref('portfolio', s.portfolio.id)}>{s.portfolio.name}</a> <span className="muted">{formatPercent(s.share, 1)}</span>
              </li>
            ))}
          </ul>
          <DataTable caption="Look-through holdings" columns={columns} rows={valuation.holdings} rowKey={(h) => h.symbol} rowAttributes={(h) => ({ 'data-symbol': h.symbol })} empty="No open positions." />
          <div className="panel-body">
            <h3 className="subheading">By asset class</h3>
            <BarList
              label="Look-through allocation by asset class"
              items={allocationBy(valuation.holdings, (h) => h.assetClass ?? 'other', valuation.cash).map((s) => ({ label: s.label, value: s.share, text: `${formatPercent(s.share, 1)} · ${formatMoney(s.value)}` }))}
            />
          </div>
        </>
      )}
    </Panel>
  );
}
