import { describe, expect, it } from 'vitest';
import { createAccel, type Accel, type Backend } from '@nautilus/accel';
import { estimateRisk } from '../src/domain/estimateRisk.ts';
import type { HeldPosition } from '../src/service/types.ts';

/**
 * `computedWith.backend` must name the backend whose numbers the report
 * carries: the one the router chose when it ran, and `js` when the chosen one
 * failed and the call was re-run there. A test double stands in for the gpu
 * backend: it is the fastest in a real (short) calibration, then either
 * answers with a P&L vector of its own (so its numbers are recognisable) or
 * fails.
 */
function gpuDouble(behaviour: { fail: boolean }): Backend & { calls: number } {
  const double = {
    name: 'gpu' as const,
    calls: 0,
    probe: async () => ({ available: true, reason: 'test double' }),
    supports: (workload: string) => workload === 'mc.portfolio',
    async portfolioPnl(input: { scenarios: number }) {
      double.calls++;
      if (behaviour.fail) throw new Error('device lost');
      // P&L −S/2 … S/2 − 1: VaR at 99% is the ⌈S/100⌉-th worst loss, known in advance
      return Float64Array.from({ length: input.scenarios }, (_, i) => i - input.scenarios / 2);
    },
    close: async () => {},
  };
  return double;
}

const positions: HeldPosition[] = [
  { instrumentId: 1, symbol: 'A', quantity: 10, price: 100, value: 1000 },
  { instrumentId: 2, symbol: 'B', quantity: -5, price: 100, value: -500 },
];
const a = Array.from({ length: 300 }, (_, i) => 0.01 * Math.sin(i * 1.7));
const returns = [a, a.map((x, i) => 0.5 * x + 0.004 * Math.cos(i * 0.9))];
const request = { positions, returns, confidence: 0.99, horizonDays: 1, paths: 20_000, seed: 42, method: 'MONTE_CARLO' as const };

async function calibratedWith(double: Backend): Promise<Accel> {
  const accel = await createAccel({ backends: ['js', 'gpu'], customBackends: [double], calibrate: 'never' });
  await accel.calibrate({ workloads: ['mc.portfolio'], scale: 0.05, persist: false });
  return accel;
}

describe('computedWith.backend', () => {
  it('names the routed backend when its numbers are the report', async () => {
    const double = gpuDouble({ fail: false });
    const accel = await calibratedWith(double);
    try {
      const calls = double.calls;
      const estimate = await estimateRisk({ ...request, accel });
      expect(double.calls).toBe(calls + 1);
      expect(estimate.computedWith).toMatchObject({ backend: 'gpu', paths: 20_000 });
      // the double's vector: worst losses 10,000, 9,999, …; the 200th worst is 9,801
      expect(estimate.var).toBe(20_000 / 2 - (20_000 / 100 - 1));
      expect((await accel.status()).decisions.at(-1)).toMatchObject({ workload: 'mc.portfolio', backend: 'gpu' });
    } finally {
      await accel.close();
    }
  });

  it('names js, not the chosen backend, when the chosen one failed and js re-ran the call', async () => {
    const behaviour = { fail: false };
    const double = gpuDouble(behaviour);
    const accel = await calibratedWith(double);
    const reference = await createAccel({ backends: ['js'], calibrate: 'never' });
    try {
      behaviour.fail = true; // fast when measured, broken now
      const estimate = await estimateRisk({ ...request, accel });
      const onJs = await estimateRisk({ ...request, accel: reference });
      expect(estimate.computedWith.backend).toBe('js');
      expect(estimate.var).toBe(onJs.var);
      expect(estimate.es).toBe(onJs.es);
      const status = await accel.status();
      expect(status.failures.at(-1)).toMatchObject({ backend: 'gpu', workload: 'mc.portfolio', message: 'device lost' });
      expect(status.decisions.slice(-2).map((d) => d.backend)).toEqual(['gpu', 'js']);
    } finally {
      await accel.close();
      await reference.close();
    }
  });
});
