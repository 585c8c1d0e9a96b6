import { useId, type ReactNode } from 'react';
import type { GatewayError } from '../graphql/GatewayError.ts';
import { useNow } from '../lib/useNow.ts';

export interface PanelProps {
  /** Heading of the panel (an `<h2>`), also the accessible name of its region. */
  title: ReactNode;
  /** Small text after the title (counts, "as of …"). */
  subtitle?: ReactNode;
  /** Buttons or filters at the right of the header. */
  actions?: ReactNode;
  /** True while the first load runs: a loading state instead of the body. */
  loading?: boolean;
  /** Shown instead of the body when there is no data to keep, or above it when there is. */
  error?: GatewayError;
  /** Automatic retry time (from `useQuery().retryAt`), shown with the error. */
  retryAt?: number;
  /** Called by the error state's Retry button. */
  onRetry?: () => void;
  /** When set (and not loading or failed), shown instead of the body. */
  empty?: ReactNode;
  /** True when the body shows data that is still valid even though `error` is set (stale view). */
  hasData?: boolean;
  className?: string;
  children?: ReactNode;
}

/**
 * A titled region of a page with the four states every data panel has: loading, error (code,
 * message, field, an automatic retry countdown and a Retry button), empty, and the content. With
 * `hasData` the content stays visible under the error, so an outage does not blank the screen.
 */
export function Panel({ title, subtitle, actions, loading = false, error, retryAt, onRetry, empty, hasData = false, className, children }: PanelProps) {
  const headingId = useId();
  let body: ReactNode;
  if (error !== undefined && !hasData) body = <ErrorState error={error} retryAt={retryAt} onRetry={onRetry} />;
  else if (loading && !hasData) body = <LoadingState />;
  else if (empty !== undefined && empty !== null && empty !== false) body = <div className="ui-empty">{empty}</div>;
  else body = children;
  return (
    <section className={`panel ui-panel ${className ?? ''}`} aria-labelledby={headingId} aria-busy={loading || undefined}>
      <header className="ui-panel-header">
        <div className="ui-panel-title">
          <h2 id={headingId}>{title}</h2>
          {subtitle !== undefined && <span className="muted small">{subtitle}</span>}
        </div>
        {actions !== undefined && <div className="ui-panel-actions">{actions}</div>}
      </header>
      {error !== undefined && hasData && <ErrorState error={error} retryAt={retryAt} onRetry={onRetry} compact />}
      {body}
    </section>
  );
}

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="ui-loading" role="status">
      <span className="ui-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A gateway error with its code and field, when it retries by itself, and a Retry button. */
export function ErrorState({ error, retryAt, onRetry, compact = false }: { error: GatewayError; retryAt?: number; onRetry?: () => void; compact?: boolean }) {
  const now = useNow(retryAt === undefined ? null : 1_000);
  const seconds = retryAt === undefined ? undefined : Math.max(0, Math.ceil((retryAt - now) / 1000));
  return (
    <div className={`ui-error ${compact ? 'ui-error--compact' : ''}`} role="alert">
      <span className="error-code">{error.code}</span>
      <span className="ui-error-message">
        {error.message}
        {error.field !== undefined ? ` (field ${error.field})` : ''}
        {seconds !== undefined && <span className="muted"> · retrying in {seconds} s</span>}
      </span>
      {onRetry !== undefined && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
