import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALIBRATED_WORKLOADS } from '@nautilus/accel';
import { ensureAccelCalibration } from '../src/calibrateAccel.ts';

describe('ensureAccelCalibration (npm start)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-cal-'));
    dirs.push(dir);
    return dir;
  };

  it('measures and saves on the first start, then reuses the file and says when it was measured', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'accel-calibration.json');
    const first = await ensureAccelCalibration({ path: file, scale: 0.02, backends: ['js'], cwd: dir });
    expect(first).toMatchObject({ kind: 'measured', path: file, backends: ['js'] });
    expect(first.seconds).toBeGreaterThan(0);
    expect(first.line).toMatch(/^accel: calibrated now in \d+\.\d s \(\d+ timings on js\), saved to accel-calibration\.json$/);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { measuredAt: string; entries: unknown[] };
    expect(saved.measuredAt).toBe(first.measuredAt);
    expect(saved.entries).toHaveLength(first.entries);

    const second = await ensureAccelCalibration({ path: file, scale: 0.02, backends: ['js'], cwd: dir });
    expect(second).toMatchObject({ kind: 'reused', measuredAt: first.measuredAt, entries: first.entries });
    expect(second.line).toBe(`accel: calibration reused from accel-calibration.json (measured ${first.measuredAt}; ${first.entries} timings on js)`);
  });

  it('measures again, and says why, when the file was measured on another machine', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'accel-calibration.json');
    await writeFile(file, JSON.stringify({ version: 1, machine: { cpuModel: 'elsewhere', cores: 64, node: 'v20.0.0', platform: 'linux-x64' }, measuredAt: '2020-01-01T00:00:00.000Z', entries: [] }));
    const outcome = await ensureAccelCalibration({ path: file, scale: 0.02, backends: ['js'], cwd: dir });
    expect(outcome.kind).toBe('measured');
    expect(outcome.replaced).toMatch(/measured on another machine \(elsewhere, 64 cores\)/);
    expect(outcome.line).toContain('measured on another machine');
    expect(JSON.parse(await readFile(file, 'utf8')).measuredAt).toBe(outcome.measuredAt);
  });

  it('measures again, and names them, when the saved table lacks workloads accel routes today (saved before they existed)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'accel-calibration.json');
    await ensureAccelCalibration({ path: file, scale: 0.02, backends: ['js'], cwd: dir });
    const saved = JSON.parse(await readFile(file, 'utf8')) as { entries: Array<{ workload: string }> };
    // As a table written before mc.firstPassage and backtest.maSweep were added to accel.
    saved.entries = saved.entries.filter((e) => e.workload !== 'mc.firstPassage' && e.workload !== 'backtest.maSweep');
    await writeFile(file, JSON.stringify(saved));
    const outcome = await ensureAccelCalibration({ path: file, scale: 0.02, backends: ['js'], cwd: dir });
    expect(outcome.kind).toBe('measured');
    expect(outcome.replaced).toBe('the saved table had no timings for mc.firstPassage, backtest.maSweep');
    const remeasured = JSON.parse(await readFile(file, 'utf8')) as { entries: Array<{ workload: string }> };
    expect(new Set(remeasured.entries.map((e) => e.workload))).toEqual(new Set(CALIBRATED_WORKLOADS));
  });
});
