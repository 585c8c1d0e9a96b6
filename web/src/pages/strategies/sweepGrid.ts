/**
 * A parameter sweep as a heat map: the cells of a one- or two-parameter grid laid out on axes of
 * the parameters' distinct values, with the chosen metric per cell and its colour scale. Pure.
 */

export interface SweepCellLike {
  parameters: Record<string, unknown>;
  value: number | null;
}

export interface HeatMap {
  /** Parameter on the columns (x) and on the rows (y; null for a one-parameter sweep). */
  x: string;
  y: string | null;
  xValues: number[];
  yValues: number[];
  /** value[row][column]; null where no cell or no metric. */
  values: (number | null)[][];
  min: number | null;
  max: number | null;
}

/** The parameters that vary across the cells, in the order they first appear. */
export function varyingParameters(cells: readonly SweepCellLike[]): string[] {
  const names = [...new Set(cells.flatMap((c) => Object.keys(c.parameters)))];
  return names.filter((n) => new Set(cells.map((c) => String(c.parameters[n]))).size > 1);
}

export function heatMap(cells: readonly SweepCellLike[]): HeatMap | null {
  const [x, y = null] = varyingParameters(cells);
  if (x === undefined) return null;
  const distinct = (name: string) => [...new Set(cells.map((c) => Number(c.parameters[name])))].sort((a, b) => a - b);
  const xValues = distinct(x);
  const yValues = y === null ? [0] : distinct(y);
  const values = yValues.map(() => xValues.map<number | null>(() => null));
  for (const c of cells) {
    const col = xValues.indexOf(Number(c.parameters[x]));
    const row = y === null ? 0 : yValues.indexOf(Number(c.parameters[y]));
    if (col >= 0 && row >= 0 && c.value !== null && Number.isFinite(c.value)) values[row]![col] = c.value;
  }
  const finite = values.flat().filter((v): v is number => v !== null);
  return { x, y, xValues, yValues, values, min: finite.length ? Math.min(...finite) : null, max: finite.length ? Math.max(...finite) : null };
}

/** A cell's colour: red (worst) through grey to green (best), by its position in [min, max]. */
export function cellColour(value: number | null, min: number | null, max: number | null): string {
  if (value === null || min === null || max === null) return 'transparent';
  const t = max === min ? 0.5 : (value - min) / (max - min);
  const hue = Math.round(t * 130); // 0 red … 130 green
  return `hsl(${hue} 60% ${28 + t * 10}%)`;
}

/** "10, 20, 30" → [10, 20, 30]; blanks dropped; NaN kept for the server to refuse by field. */
export function parseValueList(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter((t) => t !== '')
    .map(Number);
}
