import type { KeyboardEvent, ReactNode } from 'react';

export interface Column<Row> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  /** Cell content. */
  render: (row: Row) => ReactNode;
  /** Right-aligned tabular digits. */
  numeric?: boolean;
  /** The label of the value on the phone layout (cards); defaults to `header` when it is a string. */
  mobileLabel?: string;
  /** Left out of the phone layout's cards (secondary columns). */
  hideOnMobile?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  /** Accessible name (the table's caption, visually hidden). */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Makes rows focusable (Tab / arrow keys) and activatable (Enter, Space, click). */
  onActivate?: (row: Row) => void;
  /** Marks a row as selected (aria-selected). */
  isSelected?: (row: Row) => boolean;
  /** Extra class per row (levels, flashes). */
  rowClassName?: (row: Row) => string | undefined;
  /** Extra attributes per row (data-* for tests and styling). */
  rowAttributes?: (row: Row) => Record<string, string>;
  /** Shown in one full-width row when `rows` is empty. */
  empty?: ReactNode;
  stale?: boolean;
}

/**
 * The app's table: sticky header, tabular numbers, keyboard-focusable rows with a visible focus
 * ring (↑/↓ move between rows, Enter opens), and on phones (≤ 640 px) each row becomes a card of
 * label/value pairs instead of a sideways scroller.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, onActivate, isSelected, rowClassName, rowAttributes, empty, stale = false }: DataTableProps<Row>) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: Row) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate?.(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
    }
  };
  return (
    <div className={`table-wrap ui-table-wrap ${stale ? 'is-stale' : ''}`}>
      <table className="table ui-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${column.numeric ? 'num' : ''} ${column.hideOnMobile ? 'ui-hide-mobile' : ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td className="empty" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const selected = isSelected?.(row) ?? false;
              return (
                <tr
                  key={rowKey(row)}
                  className={`${onActivate ? 'is-interactive' : ''} ${selected ? 'is-selected' : ''} ${rowClassName?.(row) ?? ''}`}
                  tabIndex={onActivate ? 0 : undefined}
                  aria-selected={isSelected ? selected : undefined}
                  onClick={onActivate ? () => onActivate(row) : undefined}
                  onKeyDown={onActivate ? (event) => onKeyDown(event, row) : undefined}
                  {...rowAttributes?.(row)}
                >
                  {columns.map((column) => (
                    <td
                      key={column.key}
                      className={`${column.numeric ? 'num' : ''} ${column.hideOnMobile ? 'ui-hide-mobile' : ''} ${column.className ?? ''}`}
                      data-label={column.mobileLabel ?? (typeof column.header === 'string' ? column.header : undefined)}
                    >
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
