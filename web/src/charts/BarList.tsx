import './figureCharts.css';

export interface BarItem {
  label: string;
  value: number;
  /** The figure printed beside the bar (default: the value). */
  text?: string;
}

/**
 * Horizontal bars in HTML (no SVG, no library): allocation weights, component VaR, exposures and
 * stress P&L. With negative values the axis sits in the middle and losses extend left in red.
 * A list with each figure in text, so screen readers and narrow screens read the numbers.
 */
export function BarList({ items, label, signed = false }: { items: readonly BarItem[]; label: string; signed?: boolean }) {
  const hasNegative = signed || items.some((i) => i.value < 0);
  const max = Math.max(1e-12, ...items.map((i) => Math.abs(i.value)));
  return (
    <ul className={`barlist ${hasNegative ? 'barlist--signed' : ''}`} aria-label={label}>
      {items.map((item) => {
        const width = (Math.abs(item.value) / max) * (hasNegative ? 50 : 100);
        const left = hasNegative ? (item.value < 0 ? 50 - width : 50) : 0;
        return (
          <li key={item.label} className="barlist-row">
            <span className="barlist-label">{item.label}</span>
            <span className="barlist-track" aria-hidden="true">
              {hasNegative && <span className="barlist-axis" />}
              <span className={`barlist-fill ${item.value < 0 ? 'barlist-fill--neg' : ''}`} style={{ left: `${left}%`, width: `${width}%` }} />
            </span>
            <span className="barlist-value">{item.text ?? String(item.value)}</span>
          </li>
        );
      })}
    </ul>
  );
}
