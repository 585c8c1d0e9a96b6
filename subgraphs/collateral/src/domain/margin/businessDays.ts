import { badInput } from '@nautilus/runtime';

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw badInput('timeZone', `unknown time zone ${JSON.stringify(timeZone)}`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

function partsIn(date: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

/** The calendar day of `date` in `timeZone`, as the epoch ms of that day's UTC midnight (a day key). */
export function dayKeyIn(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  return Date.UTC(p.year!, p.month! - 1, p.day!);
}

/** Monday–Friday; holidays are not known here. */
export function isWeekday(dayKey: number): boolean {
  const weekday = new Date(dayKey).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The day key `count` weekdays before `dayKey` (0: itself, rolled back to Friday when on a weekend). */
export function weekdaysBefore(dayKey: number, count: number): number {
  let day = dayKey;
  while (!isWeekday(day)) day -= DAY_MS;
  for (let left = count; left > 0; ) {
    day -= DAY_MS;
    if (isWeekday(day)) left--;
  }
  return day;
}

/** The instant of midnight at the start of day `dayKey` in `timeZone`. */
export function startOfDayIn(dayKey: number, timeZone: string): Date {
  const offsetAt = (instant: number): number => {
    const p = partsIn(new Date(instant), timeZone);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(instant / 1000) * 1000;
  };
  let instant = dayKey - offsetAt(dayKey);
  const corrected = dayKey - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}
