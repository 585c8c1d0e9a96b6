import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ServiceProcess } from '../src/startProcess.ts';
import { supervise } from '../src/supervise.ts';

/** A real child process running `script`. */
function nodeProcess(name: string, script: string): ServiceProcess {
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  return { name, child, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('supervise', () => {
  it('restarts a process killed with SIGKILL, with back-off, and logs each restart', async () => {
    const lines: string[] = [];
    let starts = 0;
    const supervised = supervise({
      name: 'risk',
      start: () => (starts++, nodeProcess('risk', 'setInterval(() => {}, 1000)')),
      say: (line) => lines.push(line),
      initialDelayMs: 50,
    });
    const first = supervised.current.child.pid;
    supervised.current.child.kill('SIGKILL');
    await until(() => supervised.restarts === 1);
    expect(supervised.current.child.pid).not.toBe(first);
    supervised.current.child.kill('SIGKILL');
    await until(() => supervised.restarts === 2);
    expect(lines).toEqual([
      'risk exited unexpectedly (signal SIGKILL); restarting in 50 ms (restart 1)',
      'risk exited unexpectedly (signal SIGKILL); restarting in 100 ms (restart 2)',
    ]);
    await supervised.stop();
    expect(starts).toBe(3);
  });

  it('doubles the delay on consecutive crashes up to the maximum', async () => {
    const lines: string[] = [];
    const supervised = supervise({ name: 'feed', start: () => nodeProcess('feed', 'process.exit(3)'), say: (line) => lines.push(line), initialDelayMs: 20, maxDelayMs: 80 });
    await until(() => lines.length >= 4);
    await supervised.stop();
    expect(lines.slice(0, 4).map((line) => line.match(/in (\d+ ms)/)![1])).toEqual(['20 ms', '40 ms', '80 ms', '80 ms']);
    expect(lines[0]).toMatch(/^feed exited unexpectedly \(code 3\)/);
  });

  it('a clean exit (code 0) right before stop() — Ctrl-C reaching the whole process group — is neither logged nor restarted', async () => {
    const lines: string[] = [];
    let starts = 0;
    const supervised = supervise({ name: 'collateral', start: () => (starts++, nodeProcess('collateral', 'setTimeout(() => process.exit(0), 50)')), say: (line) => lines.push(line), initialDelayMs: 10, cleanExitGraceMs: 500 });
    await supervised.current.exited;
    await new Promise((r) => setTimeout(r, 100));
    await supervised.stop();
    await new Promise((r) => setTimeout(r, 600));
    expect(lines).toEqual([]);
    expect(starts).toBe(1);
  });

  it('a clean exit that no stop() follows is unexpected after the grace: logged and restarted', async () => {
    const lines: string[] = [];
    const supervised = supervise({ name: 'system', start: () => nodeProcess('system', 'process.exit(0)'), say: (line) => lines.push(line), initialDelayMs: 10, cleanExitGraceMs: 50 });
    await until(() => supervised.restarts >= 1);
    await supervised.stop();
    expect(lines[0]).toBe('system exited unexpectedly (code 0); restarting in 10 ms (restart 1)');
  });

  it('stop() ends the process and restarts no more', async () => {
    const lines: string[] = [];
    const supervised = supervise({ name: 'gateway', start: () => nodeProcess('gateway', 'setInterval(() => {}, 1000)'), say: (line) => lines.push(line), initialDelayMs: 10 });
    const child = supervised.current.child;
    await supervised.stop();
    expect(child.signalCode).toBe('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    expect(supervised.restarts).toBe(0);
    expect(lines).toEqual([]);
  });
});
