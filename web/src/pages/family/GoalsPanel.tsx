import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useMutation, useQuery } from '../../graphql/hooks.tsx';
import { FieldError, Panel, fieldErrorFor } from '../../ui/index.ts';
import { formatDate, formatMoney, formatPercent } from '../../ui/formatFigures.ts';
import { goalStanding } from './goalStanding.ts';

const GoalsQuery = graphql(`
  query FamilyGoals($id: ID!) {
    entity(id: $id) {
      id
      goals {
        id
        name
        targetAmount
        targetDate
        priority
        portfolios {
          id
          name
        }
        progress {
          currentValue
          fundedRatio
          yearsRemaining
          drift
          volatility
          probabilityOfReaching
          standardError
          paths
        }
      }
    }
  }
`);

const CreateGoal = graphql(`
  mutation FamilyCreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      name
    }
  }
`);

const STANDING_LABEL = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track' } as const;

export function GoalsPanel({ entityId, portfolios }: { entityId: string; portfolios: readonly { id: string; name: string }[] }) {
  const { data, error, loading, refetch, retryAt } = useQuery(GoalsQuery, { id: entityId });
  const goals = data?.entity?.goals ?? [];
  return (
    <Panel
      title="Goals"
      subtitle="probability of reaching each target (Monte Carlo over the linked books’ history)"
      loading={loading}
      error={error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
      className="span-2 family-goals"
    >
      {goals.length === 0 ? (
        <p className="muted panel-body">No goals for this entity yet.</p>
      ) : (
        <ul className="goal-list">
          {[...goals]
            .sort((a, b) => a.priority - b.priority)
            .map((g) => {
              const p = g.progress.probabilityOfReaching;
              const standing = goalStanding(p);
              return (
                <li key={g.id} className={`goal goal--${standing}`} data-goal={g.id}>
                  <div className="goal-head">
                    <strong className="goal-name">{g.name}</strong>
                    <span className="muted small">
                      priority {g.priority} · {formatMoney(g.targetAmount)} by {formatDate(String(g.targetDate))} · {g.portfolios.map((x) => x.name).join(', ')}
                    </span>
                  </div>
                  <div className="goal-figures">
                    <span className="goal-probability" aria-label={`Probability of success ${formatPercent(p, 1)}`}>
                      {formatPercent(p, 1)}
                    </span>
                    <span className={`badge goal-standing goal-standing--${standing}`}>{STANDING_LABEL[standing]}</span>
                  </div>
                  <div className="goal-bar" role="meter" aria-label={`Funded ${g.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(Math.min(1, g.progress.fundedRatio) * 100)}>
                    <span style={{ width: `${Math.min(100, g.progress.fundedRatio * 100).toFixed(1)}%` }} />
                  </div>
                  <span className="muted small">
                    {formatMoney(g.progress.currentValue)} now ({formatPercent(g.progress.fundedRatio, 0)} funded) · {g.progress.yearsRemaining.toFixed(1)} years left · drift {formatPercent(g.progress.drift, 1)}, volatility{' '}
                    {formatPercent(g.progress.volatility, 1)} · ±{formatPercent(g.progress.standardError, 2)} ({g.progress.paths.toLocaleString('en-US')} paths)
                  </span>
                </li>
              );
            })}
        </ul>
      )}
      <NewGoalForm entityId={entityId} portfolios={portfolios} onCreated={refetch} />
    </Panel>
  );
}

function NewGoalForm({ entityId, portfolios, onCreated }: { entityId: string; portfolios: readonly { id: string; name: string }[]; onCreated: () => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [date, setDate] = useState(() => `${new Date().getUTCFullYear() + 10}-01-01`);
  const [priority, setPriority] = useState('1');
  const [linked, setLinked] = useState<string[]>([]);
  const [create, state] = useMutation(CreateGoal);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await create({
      input: { entityId, name, targetAmount: Number(target), targetDate: `${date}T00:00:00Z`, priority: Number(priority), portfolioIds: linked },
    });
    if (result === undefined) return;
    setDone(`Goal “${result.createGoal.name}” created.`);
    setName('');
    onCreated();
  };
  const err = (field: string) => fieldErrorFor(state.error, field);
  const known = ['input.name', 'input.targetAmount', 'input.targetDate', 'input.priority', 'input.portfolioIds'].some((f) => err(f) !== undefined);
  return (
    <form className="form-grid goal-form" onSubmit={submit} aria-label="New goal">
      <label>
        Goal name
        <input value={name} onChange={(e) => setName(e.target.value)} required aria-invalid={err('input.name') !== undefined} aria-describedby={`${id}-n`} />
        <FieldError id={`${id}-n`} error={err('input.name')} />
      </label>
      <label>
        Target amount
        <input type="number" step="any" value={target} onChange={(e) => setTarget(e.target.value)} required aria-invalid={err('input.targetAmount') !== undefined} aria-describedby={`${id}-t`} />
        <FieldError id={`${id}-t`} error={err('input.targetAmount')} />
      </label>
      <label>
        Target date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required aria-invalid={err('input.targetDate') !== undefined} aria-describedby={`${id}-d`} />
        <FieldError id={`${id}-d`} error={err('input.targetDate')} />
      </label>
      <label>
        Priority
        <input type="number" step="1" value={priority} onChange={(e) => setPriority(e.target.value)} aria-invalid={err('input.priority') !== undefined} aria-describedby={`${id}-p`} />
        <FieldError id={`${id}-p`} error={err('input.priority')} />
      </label>
      <fieldset className="form-field goal-books">
        <legend>Funded by</legend>
        {portfolios.map((p) => (
          <label key={p.id} className="checkbox">
            <input type="checkbox" checked={linked.includes(p.id)} onChange={(e) => setLinked((l) => (e.target.checked ? [...l, p.id] : l.filter((x) => x !== p.id)))} />
            {p.name}
          </label>
        ))}
        <FieldError id={`${id}-b`} error={err('input.portfolioIds')} />
      </fieldset>
      <div className="form-actions">
        <button className="button button--primary" type="submit" disabled={state.running}>
          {state.running ? 'Creating…' : 'Create goal'}
        </button>
        {done !== null && <span className="up small" role="status">{done}</span>}
        {state.error !== undefined && !known && (
          <span className="down small" role="alert">
            {state.error.code}: {state.error.message}
          </span>
        )}
      </div>
    </form>
  );
}
