import { useCallback, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { MarginAccountDetailQuery } from '../../__generated__/graphql.ts';
import { useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { LiveMarginUtilizationSubscription } from '../../live/useMarginLive.ts';
import { formatAmount, formatDueIn, formatEventTime, formatMethodology, formatProbability, formatUtilization } from '../../lib/formatMargin.ts';
import { marginLevel } from '../../lib/marginLevel.ts';
import { useNow } from '../../lib/useNow.ts';
import { routeHref } from '../../app/routes.ts';
import { DataTable, Panel, StatGrid, StatTile } from '../../ui/index.ts';
import { UtilizationBar } from './AccountsPanel.tsx';
import { CollateralForm } from './CollateralForm.tsx';
import { CallsPanel } from './CallsPanel.tsx';
import { CallPredictionPanel } from './CallPredictionPanel.tsx';
import { CollateralOptimisation } from './CollateralOptimisation.tsx';

const MarginAccountDetailQuery = graphql(`
  query MarginAccountDetail($id: ID!) {
    marginAccount(id: $id) {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
      owner {
        id
        name
        crossMargin {
          standalone
          combined
          saving
          accounts {
            id
            name
          }
          offsets {
            symbolA
            symbolB
            correlation
            credit
          }
        }
      }
      portfolios {
        id
        name
      }
      status {
        equity
        marketValue
        cash
        collateralValue
        initialRequirement
        maintenanceRequirement
        houseRequirement
        concentrationAddOn
        excess
        buyingPower
        utilization
        inCall
        asOf
      }
      requirementLines {
        symbol
        rule
        initial
        maintenance
      }
      collateral {
        marketValue
        collateralValue
        holdings {
          kind
          symbol
          currency
          quantity
          price
          marketValue
          haircut
          collateralValue
          eligible
          reason
        }
      }
      liveCall {
        id
        kind
        amountDue
        dueAt
      }
      calls(first: 20) {
        id
        kind
        status
        amountDue
        equity
        requirement
        raisedAt
        dueAt
        acknowledgedAt
        closedAt
        history {
          status
          ts
          note
        }
      }
      warnings(first: 10) {
        id
        kind
        ts
        utilization
        probability
      }
    }
  }
`);

const AccountCallRaisedSubscription = graphql(`
  subscription AccountCallRaised($accountIds: [ID!]) {
    marginCallRaised(accountIds: $accountIds) {
      id
    }
  }
`);

const AccountWarningSubscription = graphql(`
  subscription AccountWarning($accountIds: [ID!]) {
    marginWarning(accountIds: $accountIds) {
      id
    }
  }
`);

export type AccountDetailData = NonNullable<MarginAccountDetailQuery['marginAccount']>;
type Holding = AccountDetailData['collateral']['holdings'][number];
type Line = AccountDetailData['requirementLines'][number];

interface LiveFigures {
  equity: number;
  maintenanceRequirement: number;
  houseRequirement: number;
  excess: number;
  utilization: number;
  inCall: boolean;
  ts: string;
}

/**
 * #/margin/<id>: one account. Live figures from `marginUtilization`; collateral with haircuts,
 * requirement lines, deposit/withdraw, calls with acknowledge/resolve, a call prediction, the
 * owner's cross-margin saving and a collateral optimisation. A call or warning for the account
 * reloads it.
 */
export function AccountDetail({ accountId }: { accountId: string }) {
  const { data, error, loading, refetch, retryAt } = useQuery(MarginAccountDetailQuery, { id: accountId }, { pollMs: 60_000 });
  const [live, setLive] = useState<LiveFigures | undefined>(undefined);
  useSubscription(LiveMarginUtilizationSubscription, { accountId }, (event) => setLive(event.marginUtilization));
  const onEvent = useCallback(() => refetch(), [refetch]);
  useSubscription(AccountCallRaisedSubscription, { accountIds: [accountId] }, onEvent);
  useSubscription(AccountWarningSubscription, { accountIds: [accountId] }, onEvent);
  const now = useNow(30_000);

  const account = data?.marginAccount ?? undefined;
  const status = account?.status;
  // Live figures win when newer than the loaded status.
  const figures = status === undefined ? undefined : live !== undefined && Date.parse(live.ts) >= Date.parse(status.asOf) ? { ...status, ...live } : status;
  const level = figures === undefined ? 'calm' : marginLevel(figures.utilization, figures.inCall);

  return (
    <div className="margin-detail">
      <p className="back-link">
        <a href={routeHref('margin')}>← All accounts</a>
      </p>
      <Panel
        title={account?.name ?? `Account ${accountId}`}
        subtitle={account === undefined ? undefined : `${account.owner.name} · ${account.broker} · ${formatMethodology(account.methodology)} · ${account.currency} · house ×${account.houseMultiplier}`}
        loading={loading && data === undefined}
        error={error}
        retryAt={retryAt}
        onRetry={refetch}
        hasData={account !== undefined}
        empty={data !== undefined && data.marginAccount === null ? `No margin account ${accountId}.` : undefined}
        className={`account-summary account-summary--${level}`}
      >
        {figures !== undefined && account !== undefined && (
          <>
            <div className="account-util" data-testid="account-utilisation">
              <UtilizationBar utilization={figures.utilization} level={level} />
              {account.liveCall !== null && (
                <span className="badge badge--call">
                  IN CALL {account.currency} {formatAmount(account.liveCall.amountDue)} · {account.liveCall.kind.toLowerCase()} · {formatDueIn(account.liveCall.dueAt, now)}
                </span>
              )}
            </div>
            <StatGrid label="Account figures">
              <StatTile label="Equity" value={formatAmount(figures.equity)} detail={`as of ${formatEventTime(live?.ts ?? status!.asOf)}`} />
              <StatTile label="House requirement" value={formatAmount(figures.houseRequirement)} detail={`maintenance ${formatAmount(figures.maintenanceRequirement)}`} />
              <StatTile label="Excess" value={formatAmount(figures.excess)} tone={figures.excess < 0 ? 'down' : 'neutral'} />
              <StatTile label="Utilisation" value={formatUtilization(figures.utilization)} tone={level === 'calm' ? 'neutral' : level === 'warning' ? 'warning' : 'down'} />
              <StatTile label="Market value" value={formatAmount(status!.marketValue)} detail={`cash ${formatAmount(status!.cash)}`} />
              <StatTile label="Collateral value" value={formatAmount(status!.collateralValue)} detail="after haircuts" />
              <StatTile label="Buying power" value={formatAmount(status!.buyingPower)} />
              <StatTile label="Initial requirement" value={formatAmount(status!.initialRequirement)} detail={status!.concentrationAddOn > 0 ? `incl. concentration ${formatAmount(status!.concentrationAddOn)}` : undefined} />
            </StatGrid>
          </>
        )}
      </Panel>
      {account !== undefined && (
        <div className="margin-detail-grid">
          <CollateralPanel account={account} onChanged={refetch} />
          <RequirementLinesPanel lines={account.requirementLines} />
          <CallsPanel account={account} now={now} onChanged={refetch} />
          <CallPredictionPanel accountId={account.id} state={`${figures?.inCall === true}:${account.liveCall?.id ?? ''}:${account.collateral.collateralValue}`} />
          <CrossMarginPanel account={account} />
          <CollateralOptimisation account={account} />
        </div>
      )}
    </div>
  );
}

function CollateralPanel({ account, onChanged }: { account: AccountDetailData; onChanged: () => void }) {
  const columns = [
    { key: 'asset', header: 'Asset', className: 'ui-card-title', mobileLabel: '', render: (h: Holding) => <span className="symbol">{h.symbol ?? `${h.currency} cash`}</span> },
    { key: 'quantity', header: 'Quantity', numeric: true, render: (h: Holding) => formatAmount(h.quantity) },
    { key: 'price', header: 'Price', numeric: true, hideOnMobile: true, render: (h: Holding) => h.price.toLocaleString('en-US', { maximumFractionDigits: 4 }) },
    { key: 'mv', header: 'Market value', numeric: true, render: (h: Holding) => formatAmount(h.marketValue) },
    { key: 'haircut', header: 'Haircut', numeric: true, render: (h: Holding) => `${(h.haircut * 100).toFixed(1)}%` },
    { key: 'cv', header: 'Collateral value', numeric: true, render: (h: Holding) => formatAmount(h.collateralValue) },
    { key: 'eligible', header: 'Eligible', render: (h: Holding) => (h.eligible ? 'yes' : <span className="down" title={h.reason ?? undefined}>no{h.reason ? ` — ${h.reason}` : ''}</span>) },
  ];
  return (
    <Panel title="Collateral" subtitle={`${formatAmount(account.collateral.marketValue)} market value · ${formatAmount(account.collateral.collateralValue)} after haircuts`} className="collateral-panel">
      <DataTable caption="Collateral holdings with haircuts" columns={columns} rows={account.collateral.holdings} rowKey={(h) => `${h.kind}:${h.symbol ?? h.currency}`} empty="No collateral posted." />
      <CollateralForm account={account} onDone={onChanged} />
    </Panel>
  );
}

function RequirementLinesPanel({ lines }: { lines: readonly Line[] }) {
  const columns = [
    { key: 'symbol', header: 'Position', className: 'ui-card-title', mobileLabel: '', render: (l: Line) => <span className="symbol">{l.symbol}</span> },
    { key: 'rule', header: 'Rule', render: (l: Line) => l.rule },
    { key: 'initial', header: 'Initial', numeric: true, render: (l: Line) => formatAmount(l.initial) },
    { key: 'maintenance', header: 'Maintenance', numeric: true, render: (l: Line) => formatAmount(l.maintenance) },
  ];
  return (
    <Panel title="Requirement lines" subtitle="per position, before the house multiplier" className="requirement-lines">
      <DataTable caption="Requirement lines" columns={columns} rows={lines} rowKey={(l) => `${l.symbol}:${l.rule}`} empty="No positions." />
    </Panel>
  );
}

function CrossMarginPanel({ account }: { account: AccountDetailData }) {
  const cross = account.owner.crossMargin;
  return (
    <Panel
      title="Cross-margin"
      subtitle={account.crossMargin ? `${account.owner.name}'s opted-in accounts` : 'this account is not opted in'}
      empty={cross.accounts.length === 0 ? `${account.owner.name} has no cross-margined accounts.` : undefined}
      className="cross-margin"
    >
      <StatGrid label="Cross-margin">
        <StatTile label="Standalone" value={formatAmount(cross.standalone)} detail={`${cross.accounts.length} account${cross.accounts.length === 1 ? '' : 's'}`} />
        <StatTile label="Combined" value={formatAmount(cross.combined)} />
        <StatTile label="Saving" value={formatAmount(cross.saving)} tone={cross.saving > 0 ? 'up' : 'neutral'} detail={cross.standalone > 0 ? `${((cross.saving / cross.standalone) * 100).toFixed(1)}% of standalone` : undefined} />
      </StatGrid>
      {cross.offsets.length > 0 ? (
        <ul className="plain-list">
          {cross.offsets.map((o) => (
            <li key={`${o.symbolA}-${o.symbolB}`}>
              {o.symbolA} / {o.symbolB}: correlation {o.correlation.toFixed(2)}, credit {formatAmount(o.credit)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small pad">No offsets between accounts: cross-margining pools one owner's opted-in accounts, so a saving needs a second account of {account.owner.name}.</p>
      )}
      <p className="muted small pad">Warnings: {account.warnings.length === 0 ? 'none recorded' : account.warnings.map((w) => `${w.kind.toLowerCase()} ${formatUtilization(w.utilization)}${w.probability != null ? ` P ${formatProbability(w.probability)}` : ''} at ${formatEventTime(w.ts)}`).slice(0, 3).join(' · ')}</p>
    </Panel>
  );
}
