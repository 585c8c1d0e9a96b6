import type { ServiceProcess } from './startProcess.ts';

export interface SuperviseOptions {
  name: string;
  /** Starts (or restarts) the process. */
  start: () => ServiceProcess;
  /** Log line for each unexpected exit and restart. */
  say: (line: string) => void;
  /** First restart delay; doubles on each consecutive crash up to `maxDelayMs`. Default 500 ms. */
  initialDelayMs?: number;
  /** Default 30 s. */
  maxDelayMs?: number;
  /** A process that ran this long before crashing counts as healthy again: its next delay starts over. Default 60 s. */
  healthyAfterMs?: number;
  /**
   * How long a clean exit (code 0) waits for `stop()` before it counts as unexpected. Ctrl-C in a
   * terminal sends SIGINT to the whole process group, so the services stop themselves (code 0) at
   * the moment the launcher starts stopping them: no restart and no "exited unexpectedly" then.
   * Default 1 s. A crash (non-zero code, or killed by a signal) is handled at once.
   */
  cleanExitGraceMs?: number;
}

/** One supervised process: restarted with back-off when it exits unexpectedly, stopped on request. */
export interface Supervised {
  readonly name: string;
  /** The process now running (or the last one, while a restart waits). */
  readonly current: ServiceProcess;
  /** Restarts so far. */
  readonly restarts: number;
  /** Stops the process (SIGTERM, SIGKILL after `graceMs`) and restarts no more. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Keeps a service running: one engine crashing (a bug, an OOM kill, `kill -9`)
 * is restarted with exponential back-off while the gateway goes on serving the
 * others (queries touching the crashed engine get an error naming it until it
 * is back). Each exit and restart is logged with its count.
 */
export function supervise({ name, start, say, initialDelayMs = 500, maxDelayMs = 30_000, healthyAfterMs = 60_000, cleanExitGraceMs = 1_000 }: SuperviseOptions): Supervised {
  let current = start();
  let startedAt = Date.now();
  let restarts = 0;
  let consecutive = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const watch = (service: ServiceProcess) => {
    void service.exited.then(async (code) => {
      if (stopped || service !== current) return;
      if (code === 0) {
        await new Promise((resolve) => setTimeout(resolve, cleanExitGraceMs));
        if (stopped || service !== current) return;
      }
      consecutive = Date.now() - startedAt >= healthyAfterMs ? 0 : consecutive;
      const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** consecutive);
      consecutive++;
      const how = code === null ? `signal ${service.child.signalCode ?? 'unknown'}` : `code ${code}`;
      say(`${name} exited unexpectedly (${how}); restarting in ${delay < 1000 ? `${delay} ms` : `${(delay / 1000).toFixed(1)} s`} (restart ${restarts + 1})`);
      timer = setTimeout(() => {
        timer = undefined;
        if (stopped) return;
        restarts++;
        current = start();
        startedAt = Date.now();
        watch(current);
      }, delay);
    });
  };
  watch(current);

  return {
    name,
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    async stop(graceMs = 10_000) {
      stopped = true;
      if (timer) clearTimeout(timer);
      const service = current;
      if (service.child.exitCode !== null || service.child.signalCode !== null) return;
      service.child.kill('SIGTERM');
      const kill = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
      await service.exited;
      clearTimeout(kill);
    },
  };
}
