import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AccelError, CALIBRATED_WORKLOADS, createAccel, type Backend, type CalibrationTable } from '../src/index.ts';
import { machineInfo, saveCalibration } from '../src/router/CalibrationTable.ts';
import { predictFrom, Router } from '../src/router/Router.ts';

const euro = { payoff: 'european' as const, type: 'call' as const, spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1, paths: 20_000, seed: 1 };

describe('router', () => {
  test('without calibration it routes to js and says why', async () => {
    const accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads'] });
    const r = await accel.priceOption(euro);
    expect(r.backend).toBe('js');
    const s = await accel.status();
    expect(s.decisions.at(-1)).toMatchObject({ workload: 'mc.option', backend: 'js', reason: expect.stringMatching(/no calibration/) });
    expect(s.devices[0]).toMatchObject({ kind: 'cpu' });
    expect(s.backends.map((b) => b.name)).toEqual(['js', 'threads']);
    await accel.close();
  });

  test('calibrates in a short run, persists the table, and a new instance loads and uses it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accel-cal-')), 'nested', 'calibration.json');
    const a = await createAccel({ calibrationPath: path, calibrate: 'startup', calibrationScale: 0.02, backends: ['js', 'threads'] });
    const saved = JSON.parse(readFileSync(path, 'utf8')) as CalibrationTable;
    expect(saved.machine).toEqual(machineInfo());
    expect(new Set(saved.entries.map((e) => e.workload))).toEqual(new Set(CALIBRATED_WORKLOADS));
    expect(CALIBRATED_WORKLOADS).toEqual(['mc.option', 'mc.firstPassage', 'mc.portfolio', 'linalg.covariance', 'linalg.matmul', 'indicators', 'backtest.maSweep']);
    expect(saved.entries.every((e) => e.ms > 0)).toBe(true);
    await a.close();
    const b = await createAccel({ calibrationPath: path, backends: ['js', 'threads'] });
    const s0 = await b.status();
    expect(s0.calibration.note).toMatch(/loaded/);
    const r = await b.priceOption(euro);
    const d = (await b.status()).decisions.at(-1)!;
    expect(d.backend).toBe(r.backend);
    expect(d.reason).toMatch(/predicted .* at size/);
    await b.close();
  });

  test('a table measured on another machine is ignored', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accel-cal-')), 'c.json');
    await saveCalibration(path, { version: 1, machine: { ...machineInfo(), cores: 999 }, measuredAt: 'x', entries: [] });
    const a = await createAccel({ calibrationPath: path, backends: ['js'] });
    expect((await a.status()).calibration).toMatchObject({ table: null, note: expect.stringMatching(/another machine/) });
    await a.close();
  });

  test('a failing backend is recorded and the call falls back to js', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accel-cal-')), 'c.json');
    // a table that makes the (broken) gpu backend look fastest
    await saveCalibration(path, {
      version: 1,
      machine: machineInfo(),
      measuredAt: 'test',
      entries: [
        { workload: 'mc.option', backend: 'js', size: 1000, ms: 10, label: 't' },
        { workload: 'mc.option', backend: 'gpu', size: 1000, ms: 1, label: 't' },
      ],
    });
    const broken: Backend = {
      name: 'gpu',
      probe: async () => ({ available: true, reason: 'test double' }),
      supports: (w) => w === 'mc.option',
      optionMoments: async () => {
        throw new Error('device lost');
      },
      close: async () => {},
    };
    const accel = await createAccel({ calibrationPath: path, backends: ['js', 'gpu'], customBackends: [broken] });
    const r = await accel.priceOption(euro);
    expect(r.backend).toBe('js');
    const s = await accel.status();
    expect(s.failures).toEqual([expect.objectContaining({ backend: 'gpu', workload: 'mc.option', message: 'device lost' })]);
    expect(s.decisions.slice(-2).map((d) => d.backend)).toEqual(['gpu', 'js']);
    expect(s.decisions.at(-1)!.reason).toMatch(/fallback: gpu failed/);
    await accel.close();
  });

  test('forcing an unavailable backend fails with BACKEND_UNAVAILABLE', async () => {
    const accel = await createAccel({ calibrate: 'never', backends: ['js'] });
    await expect(accel.priceOption(euro, { backend: 'threads' })).rejects.toSatisfy((e) => e instanceof AccelError && e.code === 'BACKEND_UNAVAILABLE');
    await accel.close();
  });

  test('status reports why webgpu and headless-gl were skipped', async () => {
    const accel = await createAccel({ calibrate: 'never', backends: ['js', 'gpu'] });
    const s = await accel.status();
    expect(s.gpu?.tried.length).toBeGreaterThan(0);
    for (const t of s.gpu!.tried) expect(t.reason.length).toBeGreaterThan(5);
    await accel.close();
  });

  test('predictions interpolate the measured points linearly', () => {
    const e = (size: number, ms: number) => ({ workload: 'mc.option' as const, backend: 'js' as const, size, ms, label: '' });
    expect(predictFrom([e(100, 2), e(1100, 12)], 600)).toBeCloseTo(7, 10);
    expect(predictFrom([e(100, 5)], 300)).toBeCloseTo(15, 10);
    const r = new Router();
    expect(r.choose('indicators', 10, ['js', 'threads']).backend).toBe('js');
  });
});
