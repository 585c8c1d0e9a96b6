import { useEffect, useId, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { formatAmount, formatProbability } from '../../lib/formatMargin.ts';
import { FieldError, Panel, StatGrid, StatTile, fieldErrorFor } from '../../ui/index.ts';

const CallPredictionQuery = graphql(`
  query MarginCallPrediction($id: ID!, $horizonDays: Float, $paths: Int) {
    marginAccount(id: $id) {
      id
      callPrediction(horizonDays: $horizonDays, paths: $paths) {
        probability
        standardError
        distanceToCall
        expectedDaysToCall
        alreadyInCall
        horizonDays
        paths
        steps
      }
    }
  }
`);

const HORIZONS = [0.25, 1, 5, 10];

/** Probability of a call within a horizon, from the server's Monte Carlo over simulated intraday paths. */
export function CallPredictionPanel({ accountId, state }: { accountId: string; /** Changes when the account enters or leaves a call: the prediction is run again. */ state: string }) {
  const id = useId();
  const [horizonDays, setHorizonDays] = useState(1);
  const { data, error, loading, refetch, retryAt } = useQuery(CallPredictionQuery, { id: accountId, horizonDays, paths: 5_000 });
  const prediction = data?.marginAccount?.callPrediction;
  const [seenState, setSeenState] = useState(state);
  useEffect(() => {
    if (state === seenState) return;
    setSeenState(state);
    refetch();
  }, [state, seenState, refetch]);
  const horizonError = fieldErrorFor(error, 'horizonDays');
  return (
    <Panel
      title="Call prediction"
      subtitle="Monte Carlo of correlated intraday paths (5,000 paths)"
      actions={
        <label className="form-field form-field--inline">
          <span>Horizon</span>
          <select value={horizonDays} onChange={(e) => setHorizonDays(Number(e.target.value))} aria-describedby={`${id}-horizon`}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h < 1 ? `${h * 24} hours` : `${h} day${h === 1 ? '' : 's'}`}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-horizon`} error={horizonError} />
        </label>
      }
      loading={loading && prediction === undefined}
      error={horizonError === undefined ? error : undefined}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={prediction !== undefined}
      className="call-prediction"
    >
      {prediction !== undefined && (
        <StatGrid label="Call prediction">
          <StatTile
            label={`P(call) within ${prediction.horizonDays} d`}
            value={prediction.alreadyInCall ? 'in call' : formatProbability(prediction.probability)}
            tone={prediction.alreadyInCall || prediction.probability >= 0.5 ? 'down' : prediction.probability >= 0.1 ? 'warning' : 'neutral'}
            detail={`± ${formatProbability(prediction.standardError)} (1 s.e.)`}
          />
          <StatTile label="Distance to call" value={prediction.distanceToCall == null ? '—' : `${(prediction.distanceToCall * 100).toFixed(1)}%`} detail="portfolio move that triggers a call" />
          <StatTile label="Expected days to call" value={prediction.expectedDaysToCall == null ? '—' : prediction.expectedDaysToCall.toFixed(1)} detail={`${formatAmount(prediction.paths)} paths × ${prediction.steps} steps`} />
        </StatGrid>
      )}
    </Panel>
  );
}
