import { expect } from 'vitest';
import { isAppError } from '@nautilus/runtime';
import type { MarginPosition, OptionRight } from '../../../src/domain/margin/types.ts';

/** A stock/ETF (or other non-option) position: multiplier 1. */
export function stock(symbol: string, quantity: number, price: number, assetClass = 'equity'): MarginPosition {
  return { instrumentId: symbol, symbol, assetClass, quantity, multiplier: 1, price };
}

/** A listed equity option (multiplier 100) on `underlying`. */
export function option(
  symbol: string,
  underlying: string,
  right: OptionRight,
  strike: number,
  quantity: number,
  premium: number,
  terms: { yearsToExpiry?: number; volatility?: number; rate?: number } = {},
): MarginPosition {
  return {
    instrumentId: symbol,
    symbol,
    assetClass: 'option',
    quantity,
    multiplier: 100,
    price: premium,
    option: { underlyingId: underlying, right, strike, yearsToExpiry: terms.yearsToExpiry ?? 0.25, volatility: terms.volatility ?? 0.3, rate: terms.rate ?? 0 },
  };
}

/** Concentration add-on switched off, so a test sees one rule at a time. */
export const NO_CONCENTRATION = { concentration: { thresholdShare: 1, thresholdValue: Number.MAX_VALUE } };

/** Runs `fn`, expecting an AppError BAD_USER_INPUT on `field`; returns its message. */
export function expectBadInput(fn: () => unknown, field: string): string {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(isAppError(thrown), `expected an AppError, got ${String(thrown)}`).toBe(true);
  if (!isAppError(thrown)) return '';
  expect(thrown.code).toBe('BAD_USER_INPUT');
  expect(thrown.field).toBe(field);
  return thrown.message;
}
