import { useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { MarginCallResolution } from '../../__generated__/graphql.ts';
import { useMutation } from '../../graphql/hooks.tsx';
import { formatAmount, formatDueIn, formatEventTime } from '../../lib/formatMargin.ts';
import { DataTable, ErrorState, Panel } from '../../ui/index.ts';
import type { AccountDetailData } from './AccountDetail.tsx';

const AcknowledgeCallMutation = graphql(`
  mutation AcknowledgeMarginCall($id: ID!, $note: String) {
    acknowledgeMarginCall(id: $id, note: $note) {
      id
      status
      acknowledgedAt
    }
  }
`);

const ResolveCallMutation = graphql(`
  mutation ResolveMarginCall($id: ID!, $resolution: MarginCallResolution!, $note: String) {
    resolveMarginCall(id: $id, resolution: $resolution, note: $note) {
      id
      status
      closedAt
    }
  }
`);

type Call = AccountDetailData['calls'][number];
const isOpen = (call: Call) => call.status === 'OPEN' || call.status === 'ESCALATED';

/** The account's margin calls, newest first, with their history and the actions an open call allows. */
export function CallsPanel({ account, now, onChanged }: { account: AccountDetailData; now: number; onChanged: () => void }) {
  const [acknowledge, ackState] = useMutation(AcknowledgeCallMutation);
  const [resolve, resolveState] = useMutation(ResolveCallMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (callId: string, action: () => Promise<unknown>) => {
    setBusy(callId);
    const result = await action();
    setBusy(null);
    if (result !== undefined) onChanged();
  };
  const onResolve = (call: Call, resolution: MarginCallResolution) => void run(call.id, () => resolve({ id: call.id, resolution, note: `resolved ${resolution.toLowerCase()} from the web client` }));
  const error = ackState.error ?? resolveState.error;

  const columns = [
    { key: 'raised', header: 'Raised', className: 'ui-card-title', render: (c: Call) => formatEventTime(c.raisedAt) },
    { key: 'kind', header: 'Kind', render: (c: Call) => c.kind.toLowerCase() },
    { key: 'status', header: 'Status', render: (c: Call) => <span className={`badge ${isOpen(c) ? 'badge--call' : 'badge--level-calm'}`}>{c.status}{c.acknowledgedAt != null && isOpen(c) ? ' · ACK' : ''}</span> },
    { key: 'due', header: 'Amount due', numeric: true, render: (c: Call) => `${account.currency} ${formatAmount(c.amountDue)}` },
    { key: 'deadline', header: 'Deadline', render: (c: Call) => (isOpen(c) ? formatDueIn(c.dueAt, now) : c.closedAt != null ? `closed ${formatEventTime(c.closedAt)}` : '—') },
    { key: 'history', header: 'History', hideOnMobile: true, render: (c: Call) => c.history.map((h) => `${h.status.toLowerCase()} ${formatEventTime(h.ts)}`).join(' → ') },
    {
      key: 'actions',
      header: 'Actions',
      mobileLabel: '',
      render: (c: Call) =>
        isOpen(c) ? (
          <div className="row-actions">
            {c.acknowledgedAt == null && (
              <button type="button" className="button button--small" disabled={busy === c.id} onClick={() => void run(c.id, () => acknowledge({ id: c.id, note: 'acknowledged from the web client' }))}>
                Acknowledge
              </button>
            )}
            <button type="button" className="button button--small" disabled={busy === c.id} onClick={() => onResolve(c, 'MET')}>
              Resolve: met
            </button>
            <button type="button" className="button button--small" disabled={busy === c.id} onClick={() => onResolve(c, 'LIQUIDATED')}>
              Resolve: liquidated
            </button>
          </div>
        ) : null,
    },
  ];
  return (
    <Panel title="Margin calls" subtitle={`${account.calls.filter(isOpen).length} open · due within ${account.callDueHours} h · MTA ${formatAmount(account.minimumTransferAmount)}`} className="calls-panel">
      {error !== undefined && <ErrorState error={error} compact />}
      <DataTable caption="Margin calls" columns={columns} rows={account.calls} rowKey={(c) => c.id} rowAttributes={(c) => ({ 'data-call': c.id, 'data-status': c.status })} empty="No margin calls." />
    </Panel>
  );
}
