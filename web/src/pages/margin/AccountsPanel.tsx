import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { GatewayError } from '../../graphql/GatewayError.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { MarginUtilizationFeed } from '../../live/MarginUtilizationFeed.tsx';
import type { MarginAlert } from '../../live/marginAlerts.ts';
import { buildMarginRows, rowFromAccount, rowLevel, sortByRisk, summarizeMargin, type MarginRow } from '../../live/marginBook.ts';
import { useMarginLive } from '../../live/useMarginLive.ts';
import {
  formatAmount,
  formatAmountDue,
  formatDueIn,
  formatEventTime,
  formatMethodology,
  formatProbability,
  formatUtilization,
} from '../../lib/formatMargin.ts';
import { DANGER_UTILIZATION, utilizationBarPercent, WARNING_UTILIZATION, type MarginLevel } from '../../lib/marginLevel.ts';
import { useNow } from '../../lib/useNow.ts';
import { ErrorState } from '../../ui/Panel.tsx';
import { routeHref } from '../../app/routes.ts';

const MarginAccountsQuery = graphql(`
  query MarginAccounts {
    marginAccounts {
      id
      name
      broker
      currency
      methodology
      owner {
        id
        name
      }
      portfolios {
        id
        name
      }
      status {
        equity
        maintenanceRequirement
        houseRequirement
        excess
        buyingPower
        utilization
        inCall
        asOf
      }
      liveCall {
        id
        kind
        amountDue
        dueAt
      }
    }
  }
`);

/** Reload the accounts this often: new accounts, and calls met or acknowledged by hand. */
const RELOAD_MS = 60_000;

/**
 * Margin accounts for a risk manager: one row per account, worst first, with live utilisation
 * from a `marginUtilization` subscription per account, and a strip of margin calls and warnings
 * as they arrive.
 */
export function MarginPanel() {
  const { data, error, loading, refetch, retryAt } = useQuery(MarginAccountsQuery, {}, { pollMs: RELOAD_MS });

  // The panel lists every account, so the alert subscriptions cover every account too (null).
  const { live, alerts, clearAlerts, onUtilization, forgetCalls, error: alertsError } = useMarginLive(null);

  // A reload's liveCall supersedes calls seen live before it (adjusting state while rendering).
  const [seenData, setSeenData] = useState(data);
  if (seenData !== data) {
    setSeenData(data);
    forgetCalls();
  }

  const loaded = useMemo(() => data?.marginAccounts.map(rowFromAccount) ?? [], [data]);
  const rows = useMemo(() => sortByRisk(buildMarginRows(loaded, live)), [loaded, live]);

  const [feedErrors, setFeedErrors] = useState<Readonly<Record<string, GatewayError>>>({});
  const onFeedError = useCallback((accountId: string, feedError: GatewayError | undefined) => {
    setFeedErrors((current) => {
      if (feedError === undefined) {
        if (!(accountId in current)) return current;
        const next = { ...current };
        delete next[accountId];
        return next;
      }
      return current[accountId] === feedError ? current : { ...current, [accountId]: feedError };
    });
  }, []);
  const liveError = alertsError ?? Object.values(feedErrors)[0];
  const now = useNow(30_000);

  return (
    <MarginPanelView
      rows={rows}
      alerts={alerts}
      loading={loading}
      loaded={data !== undefined}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      liveError={liveError}
      now={now}
      onClearAlerts={clearAlerts}
    >
      {loaded.map((row) => (
        <MarginUtilizationFeed key={row.id} accountId={row.id} onData={onUtilization} onError={onFeedError} />
      ))}
    </MarginPanelView>
  );
}

export interface MarginPanelViewProps {
  /** Rows in display order. */
  rows: readonly MarginRow[];
  alerts: readonly MarginAlert[];
  loading: boolean;
  /** Whether the accounts have loaded at least once. */
  loaded: boolean;
  error?: GatewayError | undefined;
  /** When the automatic retry of the accounts is due (epoch ms). */
  retryAt?: number | undefined;
  onRetry?: () => void;
  liveError?: GatewayError | undefined;
  /** ms since epoch, for "due in …". */
  now: number;
  onClearAlerts?: () => void;
  /** The live feeds (render nothing). */
  children?: ReactNode;
}

const LEVEL_LABEL: Readonly<Record<Exclude<MarginLevel, 'call'>, string>> = { calm: 'OK', warning: 'WATCH', danger: 'DANGER' };

/** The panel's markup, from plain props (rendered on the server in tests). */
export function MarginPanelView({ rows, alerts, loading, loaded, error, retryAt, onRetry, liveError, now, onClearAlerts, children }: MarginPanelViewProps) {
  const summary = summarizeMargin(rows);
  const currencyOf = new Map(rows.map((r) => [r.id, r.currency]));
  return (
    <section className="panel margin" aria-labelledby="margin-accounts-heading">
      {children}
      <header className="panel-header">
        <h2 id="margin-accounts-heading">Accounts</h2>
        <span className="muted small">
          {!loaded ? (
            loading ? 'Loading…' : ''
          ) : (
            <>
              {summary.accounts} {summary.accounts === 1 ? 'account' : 'accounts'}
              {summary.inCall > 0 && <b className="down"> · {summary.inCall} in call</b>}
              {summary.danger > 0 && <span className="level-text--danger"> · {summary.danger} ≥ {Math.round(DANGER_UTILIZATION * 100)}%</span>}
              {summary.warning > 0 && <span className="level-text--warning"> · {summary.warning} ≥ {Math.round(WARNING_UTILIZATION * 100)}%</span>}
            </>
          )}
        </span>
      </header>
      {error !== undefined && <ErrorState error={error} retryAt={retryAt} onRetry={onRetry} />}
      {liveError !== undefined && <ErrorState error={liveError} compact />}
      <MarginAlertStrip alerts={alerts} now={now} currencyOf={currencyOf} onClear={onClearAlerts} />
      <div className={`table-wrap ${loading && loaded ? 'is-stale' : ''}`}>
        <table className="table ui-table margin-table">
          <caption className="visually-hidden">Margin accounts, worst first</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col" className="ui-hide-mobile">Owner</th>
              <th scope="col" className="ui-hide-mobile">Method</th>
              <th className="num">Equity</th>
              <th className="num">House req.</th>
              <th className="num">Excess</th>
              <th>Utilisation</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MarginAccountRow key={row.id} row={row} now={now} />
            ))}
            {loaded && rows.length === 0 && (
              <tr>
                <td colSpan={8} className="empty">
                  No margin accounts.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MarginAccountRow({ row, now }: { row: MarginRow; now: number }) {
  const level = rowLevel(row);
  const details = [row.broker, row.currency, ...row.portfolios].filter((d) => d !== '').join(' · ');
  return (
    <tr className={`margin-row margin-row--${level}`} data-account={row.id}>
      <td className="ui-card-title">
        <a className="account-name" href={routeHref('margin', row.id)}>
          {row.name}
        </a>
        <div className="name" title={details}>
          {details}
        </div>
      </td>
      <td className="ui-hide-mobile">{row.owner}</td>
      <td className="ui-hide-mobile">
        <span className="badge badge--method">{formatMethodology(row.methodology)}</span>
      </td>
      <td className="num" data-label="Equity">{formatAmount(row.equity)}</td>
      <td className="num" data-label="House req." title={`Maintenance ${formatAmount(row.maintenanceRequirement)}`}>
        {formatAmount(row.houseRequirement)}
      </td>
      <td className={`num ${row.excess < 0 ? 'down' : ''}`} data-label="Excess">{formatAmount(row.excess)}</td>
      <td data-label="Utilisation">
        <UtilizationBar utilization={row.utilization} level={level} />
      </td>
      <td className="status-cell" data-label="Status">
        {row.inCall ? (
          <>
            <span className="badge badge--call">
              IN CALL{row.liveCall !== null ? ` ${formatAmountDue(row.liveCall.amountDue, row.currency)}` : ''}
            </span>
            {row.liveCall !== null && (
              <div className="name">
                {row.liveCall.kind.toLowerCase()} · {formatDueIn(row.liveCall.dueAt, now)}
              </div>
            )}
          </>
        ) : (
          <span className={`badge badge--level-${level}`}>{LEVEL_LABEL[level as Exclude<MarginLevel, 'call'>]}</span>
        )}
      </td>
    </tr>
  );
}

/** A bar from 0 to 100% utilisation, coloured by level, with marks at the warning and danger levels. */
export function UtilizationBar({ utilization, level }: { utilization: number; level: MarginLevel }) {
  const percent = utilizationBarPercent(utilization);
  const text = formatUtilization(utilization);
  return (
    <div className={`util util--${level}`}>
      <div className="util-track" role="meter" aria-label="Utilisation" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)} aria-valuetext={text}>
        <div className="util-fill" style={{ width: `${percent.toFixed(1)}%` }} />
        <span className="util-mark" style={{ left: `${WARNING_UTILIZATION * 100}%` }} />
        <span className="util-mark" style={{ left: `${DANGER_UTILIZATION * 100}%` }} />
      </div>
      <span className="util-value">{text}</span>
    </div>
  );
}

function MarginAlertStrip({
  alerts,
  now,
  currencyOf,
  onClear,
}: {
  alerts: readonly MarginAlert[];
  now: number;
  currencyOf: ReadonlyMap<string, string>;
  onClear?: (() => void) | undefined;
}) {
  return (
    <div className="margin-alerts" aria-label="Margin alerts">
      <div className="margin-alerts-header">
        <span className="muted small">Alerts{alerts.length > 0 ? ` (${alerts.length})` : ''}</span>
        {onClear !== undefined && alerts.length > 0 && (
          <button className="button button--ghost button--small" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      {alerts.length === 0 ? (
        <p className="muted small margin-alerts-empty">No margin calls or warnings since this page opened.</p>
      ) : (
        <ol className="margin-alerts-list" aria-live="polite">
          {alerts.map((alert) => (
            <li key={alert.key} className={`margin-alert margin-alert--${alert.type}`}>
              <time dateTime={alert.ts}>{formatEventTime(alert.ts)}</time>
              {alert.type === 'call' ? (
                <>
                  <span className="badge badge--call">CALL · {alert.kind}</span>
                  <b>{alert.accountName}</b>
                  <span>
                    {formatAmountDue(alert.amountDue, currencyOf.get(alert.accountId))} {formatDueIn(alert.dueAt, now)}
                  </span>
                </>
              ) : (
                <>
                  <span className="badge badge--level-warning">WARNING · {alert.kind}</span>
                  <b>{alert.accountName}</b>
                  <span>
                    {alert.probability !== null && `P(call) ${formatProbability(alert.probability)} · `}
                    utilisation {formatUtilization(alert.utilization)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
