import type { ReactNode } from 'react';

export interface StatTileProps {
  label: string;
  value: ReactNode;
  /** A second line: a change, a share, a date. */
  detail?: ReactNode;
  /** Colours the value: up (green), down (red), warning (amber). */
  tone?: 'up' | 'down' | 'warning' | 'neutral';
}

/** One headline figure: label above, value in large tabular digits, optional detail under it. */
export function StatTile({ label, value, detail, tone = 'neutral' }: StatTileProps) {
  return (
    <div className={`ui-stat ui-stat--${tone}`}>
      <dt>{label}</dt>
      <dd>
        <span className="ui-stat-value">{value}</span>
        {detail !== undefined && <span className="ui-stat-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** A row of {@link StatTile}s that wraps into a 2-column grid on phones. */
export function StatGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl className="ui-stats" aria-label={label}>
      {children}
    </dl>
  );
}
