/** Formatting for the System page; every function takes null for "not reported" and shows "—". */

const DASH = '—';

/** 93784 → "1d 2h 3m"; 59 → "59s". */
export function formatUptime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  const s = Math.floor(seconds);
  if (s < 60) return `${s}s`;
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3_600);
  const minutes = Math.floor((s % 3_600) / 60);
  return [days > 0 ? `${days}d` : '', days > 0 || hours > 0 ? `${hours}h` : '', `${minutes}m`].filter(Boolean).join(' ');
}

/** 123456789 → "118 MiB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return DASH;
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** 0.0421 → "0.042 ms"; 12.34 → "12.3 ms"; 1234 → "1,234 ms". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
  if (ms < 1) return `${ms.toPrecision(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** Counters: 1234 → "1,234". */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return Math.round(n).toLocaleString('en-US');
}

/** Work units of a routed call: 1000000 → "1.00e+6"; 5000 → "5,000". */
export function formatSize(n: number): string {
  return n >= 1e6 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US');
}

/** An engine's state in one word, for the badge. */
export function engineState(engine: { healthy: boolean; ready: boolean }): 'up' | 'not ready' | 'down' {
  return engine.healthy ? (engine.ready ? 'up' : 'not ready') : 'down';
}
