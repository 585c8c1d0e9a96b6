import { describe, expect, it } from 'vitest';
import { decideCallAction } from '../../src/domain/decideCallAction.ts';
import type { AccountEvaluation } from '../../src/service/types.ts';

const at = (equity: number, house = 25_000, minimumEquity = 2_000): Pick<AccountEvaluation, 'equity' | 'houseRequirement' | 'minimumEquity' | 'breach'> => ({
  equity,
  houseRequirement: house,
  minimumEquity,
  breach: equity < minimumEquity ? { kind: 'REGULATORY', requirement: minimumEquity, deficit: Math.max(minimumEquity, house) - equity } : equity < house ? { kind: 'MAINTENANCE', requirement: house, deficit: house - equity } : null,
});

describe('decideCallAction', () => {
  it('raises a call for the deficit rounded up to the cent, at least the MTA', () => {
    expect(decideCallAction({ evaluation: at(24_000.001), hasLiveCall: false, minimumTransferAmount: 0 })).toEqual({ action: 'raise', kind: 'MAINTENANCE', amount: 1000, requirement: 25_000 });
    // deficit 999.999 → 1000.00
    expect(decideCallAction({ evaluation: at(24_000.001), hasLiveCall: false, minimumTransferAmount: 500 })).toMatchObject({ amount: 1000 });
  });

  it('raises nothing for a deficit below the minimum transfer amount', () => {
    expect(decideCallAction({ evaluation: at(24_900), hasLiveCall: false, minimumTransferAmount: 250 })).toEqual({ action: 'none' });
  });

  it('raises a regulatory call below the minimum equity', () => {
    // house 1,000 but equity 1,500 < 2,000 minimum: deficit = max(2,000, 1,000) − 1,500 = 500
    expect(decideCallAction({ evaluation: at(1_500, 1_000), hasLiveCall: false, minimumTransferAmount: 0 })).toEqual({ action: 'raise', kind: 'REGULATORY', amount: 500, requirement: 2_000 });
  });

  it('clears only above the requirement plus the buffer (hysteresis)', () => {
    // 25,000 × 1.02 = 25,500
    expect(decideCallAction({ evaluation: at(25_100), hasLiveCall: true, minimumTransferAmount: 0 })).toEqual({ action: 'none' });
    expect(decideCallAction({ evaluation: at(25_499), hasLiveCall: true, minimumTransferAmount: 0 })).toEqual({ action: 'none' });
    expect(decideCallAction({ evaluation: at(25_500), hasLiveCall: true, minimumTransferAmount: 0 })).toEqual({ action: 'clear' });
  });

  it('never raises a second call while one is live', () => {
    expect(decideCallAction({ evaluation: at(10_000), hasLiveCall: true, minimumTransferAmount: 0 })).toEqual({ action: 'none' });
  });
});
