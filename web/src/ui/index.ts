/** The app's building blocks for pages: panels with their states, headline figures, tables. */
export { Panel, ErrorState, LoadingState, type PanelProps } from './Panel.tsx';
export { StatTile, StatGrid, type StatTileProps } from './StatTile.tsx';
export { DataTable, type Column, type DataTableProps } from './DataTable.tsx';
export { FieldError, fieldErrorFor } from './FieldError.tsx';
