import type { AccountEvaluation, MarginCallKindName } from '../service/types.ts';

/**
 * Equity must recover to the requirement × (1 + this) before a live call is
 * cleared: the hysteresis band that stops a price hovering at the threshold
 * from raising and clearing calls on alternate ticks.
 */
export const DEFAULT_CLEAR_BUFFER = 0.02;

export type CallAction =
  | { action: 'raise'; kind: MarginCallKindName; amount: number; requirement: number }
  | { action: 'clear' }
  | { action: 'none' };

export interface DecideCallActionInput {
  evaluation: Pick<AccountEvaluation, 'equity' | 'houseRequirement' | 'minimumEquity' | 'breach'>;
  /** Whether the account has a live (open or escalated) call, or one being written. */
  hasLiveCall: boolean;
  minimumTransferAmount: number;
  clearBuffer?: number;
}

/**
 * The margin-call state machine, pure. Raise when the figures breach a
 * requirement by at least the minimum transfer amount (a smaller deficit is
 * not worth a call, as under ISDA CSA practice) and no call is live; the
 * amount due is the deficit rounded up to the cent, at least the MTA. Clear
 * (MET) only when equity is back above every requirement by the buffer.
 * Anything in between leaves the state alone: that band is the hysteresis.
 */
export function decideCallAction({ evaluation, hasLiveCall, minimumTransferAmount, clearBuffer = DEFAULT_CLEAR_BUFFER }: DecideCallActionInput): CallAction {
  const { breach, equity } = evaluation;
  if (!hasLiveCall) {
    if (!breach || breach.deficit <= 0 || breach.deficit < minimumTransferAmount) return { action: 'none' };
    const amount = Math.max(Math.ceil(breach.deficit * 100) / 100, minimumTransferAmount);
    return { action: 'raise', kind: breach.kind, amount, requirement: breach.requirement };
  }
  const needed = Math.max(evaluation.houseRequirement, evaluation.minimumEquity) * (1 + clearBuffer);
  if (!breach && equity >= needed) return { action: 'clear' };
  return { action: 'none' };
}
