/**
 * How worried a risk manager should be about a margin account, from its utilisation
 * (house requirement / equity, as the collateral engine reports it: 0.85 = 85%).
 *
 * Bands: below 70% calm, 70% up to 90% warning, 90% and above danger (the engine raises its own
 * UTILIZATION warning at 90%), and an account with a live margin call is `call` whatever its
 * utilisation says. A utilisation that is not a number reads as danger: a risk screen should not
 * show "calm" for a figure it cannot read.
 */
export type UtilizationLevel = 'calm' | 'warning' | 'danger';

export type MarginLevel = UtilizationLevel | 'call';

/** Utilisation from which a row turns amber. */
export const WARNING_UTILIZATION = 0.7;
/** Utilisation from which a row turns red (the engine's own warning level). */
export const DANGER_UTILIZATION = 0.9;

export function utilizationLevel(utilization: number): UtilizationLevel {
  if (utilization < WARNING_UTILIZATION) return 'calm';
  if (utilization < DANGER_UTILIZATION) return 'warning';
  return 'danger'; // ≥ 90%, and NaN (every comparison with NaN is false)
}

export function marginLevel(utilization: number, inCall: boolean): MarginLevel {
  return inCall ? 'call' : utilizationLevel(utilization);
}

/** Width of the utilisation bar's fill, in percent of the track: 0…100, full when unreadable. */
export function utilizationBarPercent(utilization: number): number {
  if (Number.isNaN(utilization)) return 100;
  return Math.min(100, Math.max(0, utilization * 100));
}

/** Worst first: calls, then danger, warning, calm. */
export const LEVEL_RANK: Readonly<Record<MarginLevel, number>> = { call: 3, danger: 2, warning: 1, calm: 0 };
