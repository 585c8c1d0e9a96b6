import { useCallback, useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { RiskLimitKind } from '../../__generated__/graphql.ts';
import { GatewayError } from '../../graphql/GatewayError.ts';
import { useMutation, useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { FieldError, Panel, fieldErrorFor } from '../../ui/index.ts';
import { formatDateTime } from '../../ui/formatFigures.ts';
import { LIMIT_KINDS, formatThreshold, isPercentKind, thresholdFromInput, thresholdToInput } from './limitUnits.ts';

const LimitsQuery = graphql(`
  query RiskLimits($id: ID!) {
    portfolio(id: $id) {
      id
      riskLimits {
        id
        kind
        threshold
        active
        createdAt
      }
    }
  }
`);

const CreateLimit = graphql(`
  mutation RiskCreateLimit($input: CreateRiskLimitInput!) {
    createRiskLimit(input: $input) {
      id
      kind
      threshold
      active
    }
  }
`);

const UpdateLimit = graphql(`
  mutation RiskUpdateLimit($id: ID!, $input: UpdateRiskLimitInput!) {
    updateRiskLimit(id: $id, input: $input) {
      id
      threshold
      active
    }
  }
`);

const DeleteLimit = graphql(`
  mutation RiskDeleteLimit($id: ID!) {
    deleteRiskLimit(id: $id) {
      id
    }
  }
`);

const BreachSubscription = graphql(`
  subscription RiskLimitBreaches($ids: [ID!]) {
    riskLimitBreached(portfolioIds: $ids) {
      id
      value
      threshold
      limit {
        id
        kind
      }
      report {
        id
        asOf
        method
      }
    }
  }
`);

interface LiveBreach {
  id: string;
  kind: string;
  value: number;
  threshold: number;
  asOf: string;
  method: string;
}

/** Limits of the book (create, edit threshold/active, delete) and breaches as reports raise them. */
export function LimitsPanel({ portfolioId, onRecompute }: { portfolioId: string; onRecompute: () => void }) {
  const { data, error, loading, refetch, retryAt } = useQuery(LimitsQuery, { id: portfolioId });
  const limits = data?.portfolio?.riskLimits ?? [];
  const [breaches, setBreaches] = useState<LiveBreach[]>([]);
  const onBreach = useCallback((d: { riskLimitBreached: { id: string; value: number; threshold: number; limit: { kind: string }; report: { asOf: unknown; method: string } } }) => {
    const b = d.riskLimitBreached;
    setBreaches((list) => (list.some((x) => x.id === b.id) ? list : [{ id: b.id, kind: b.limit.kind, value: b.value, threshold: b.threshold, asOf: String(b.report.asOf), method: b.report.method }, ...list].slice(0, 30)));
  }, []);
  const live = useSubscription(BreachSubscription, { ids: [portfolioId] }, onBreach);

  return (
    <Panel title="Limits" subtitle="checked on every report; breaches arrive live" loading={loading} error={error ?? live.error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined} className="span-2 limits">
      <div className="limits-grid">
        <div>
          {limits.length === 0 ? (
            <p className="muted panel-body">No limits on this portfolio yet.</p>
          ) : (
            <ul className="limit-list" aria-label="Risk limits">
              {limits.map((l) => (
                <LimitRow key={l.id} limit={l} onSaved={refetch} />
              ))}
            </ul>
          )}
          <NewLimitForm portfolioId={portfolioId} onCreated={refetch} />
        </div>
        <section aria-label="Live breaches" className="breach-feed">
          <h3 className="subheading">
            Live breaches ({breaches.length}){' '}
            <button type="button" className="button button--small" onClick={onRecompute}>
              Recompute report
            </button>
          </h3>
          {breaches.length === 0 ? (
            <p className="muted small">None since this page opened. A report that exceeds an active limit shows here at once.</p>
          ) : (
            <ol className="breach-list" aria-live="polite">
              {breaches.map((b) => (
                <li key={b.id} className="breach" data-breach={b.id}>
                  <strong>{b.kind}</strong> {formatThreshold(b.kind, b.value)} over {formatThreshold(b.kind, b.threshold)}{' '}
                  <span className="muted small">
                    {b.method.toLowerCase().replace('_', ' ')} · {formatDateTime(b.asOf)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </Panel>
  );
}

function LimitRow({ limit, onSaved }: { limit: { id: string; kind: RiskLimitKind; threshold: number; active: boolean; createdAt: unknown }; onSaved: () => void }) {
  const id = useId();
  const [text, setText] = useState(() => thresholdToInput(limit.kind, limit.threshold));
  const [active, setActive] = useState(limit.active);
  const [update, updating] = useMutation(UpdateLimit);
  const [remove, removing] = useMutation(DeleteLimit);
  const dirty = text !== thresholdToInput(limit.kind, limit.threshold) || active !== limit.active;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await update({ id: limit.id, input: { threshold: thresholdFromInput(limit.kind, text), active } })) onSaved();
  };
  const label = LIMIT_KINDS.find((k) => k.value === limit.kind)?.label ?? limit.kind;
  const err = updating.error ?? removing.error;
  return (
    <li className={`limit ${limit.active ? '' : 'limit--inactive'}`} data-limit={limit.id}>
      <form className="limit-form" onSubmit={save} aria-label={`${label} limit`}>
        <span className="limit-kind">{label}</span>
        <label>
          <span className="visually-hidden">{label} threshold{isPercentKind(limit.kind) ? ' (%)' : ''}</span>
          <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={fieldErrorFor(updating.error, 'input.threshold') !== undefined} aria-describedby={`${id}-err`} />
          {isPercentKind(limit.kind) && <span className="muted small">%</span>}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> active
        </label>
        <button type="submit" className="button button--small" disabled={!dirty || updating.running}>
          Save
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={removing.running}
          onClick={async () => {
            if (await remove({ id: limit.id })) onSaved();
          }}
          aria-label={`Delete ${label} limit`}
        >
          Delete
        </button>
      </form>
      <FieldError id={`${id}-err`} error={err} />
    </li>
  );
}

function NewLimitForm({ portfolioId, onCreated }: { portfolioId: string; onCreated: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<RiskLimitKind>('VAR');
  const [text, setText] = useState('');
  const [active, setActive] = useState(true);
  const [create, state] = useMutation(CreateLimit);
  const [localError, setLocalError] = useState<GatewayError | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const threshold = thresholdFromInput(kind, text);
    if (!Number.isFinite(threshold)) {
      setLocalError(new GatewayError('BAD_USER_INPUT', 'threshold must be a number', { field: 'input.threshold' }));
      return;
    }
    setLocalError(undefined);
    const result = await create({ input: { portfolioId, kind, threshold, active } });
    if (result === undefined) return;
    setDone(`Created a ${result.createRiskLimit.kind} limit at ${formatThreshold(result.createRiskLimit.kind, result.createRiskLimit.threshold)}.`);
    setText('');
    onCreated();
  };
  const error = localError ?? state.error;
  const thresholdError = fieldErrorFor(error, 'input.threshold');
  return (
    <form className="form-grid" onSubmit={submit} aria-label="New limit">
      <label>
        Limit kind
        <select value={kind} onChange={(e) => setKind(e.target.value as RiskLimitKind)}>
          {LIMIT_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Threshold {isPercentKind(kind) ? '(%)' : '(currency)'}
        <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={thresholdError !== undefined} aria-describedby={`${id}-t`} />
        <FieldError id={`${id}-t`} error={thresholdError} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> Active
      </label>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={state.running}>
          Create limit
        </button>
        {done !== null && (
          <span className="up small" role="status">
            {done}
          </span>
        )}
        {error !== undefined && thresholdError === undefined && (
          <span className="down small" role="alert">
            {error.code}: {error.message}
          </span>
        )}
      </div>
    </form>
  );
}
