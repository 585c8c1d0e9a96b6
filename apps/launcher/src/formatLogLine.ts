const LEVELS: Record<number, { label: string; color: number }> = {
  10: { label: 'TRACE', color: 90 },
  20: { label: 'DEBUG', color: 90 },
  30: { label: 'INFO ', color: 36 },
  40: { label: 'WARN ', color: 33 },
  50: { label: 'ERROR', color: 31 },
  60: { label: 'FATAL', color: 35 },
};

const SKIP = new Set(['level', 'time', 'svc', 'name', 'msg', 'pid', 'hostname']);

export interface FormatLogLineOptions {
  /** Service name shown when the line is not JSON. */
  service: string;
  color: boolean;
}

/**
 * Turns one pino JSON line from a service into a readable terminal line:
 * `15:04:05 INFO  marketdata  marketdata subgraph listening url=http://…`.
 * Lines that are not pino JSON pass through, prefixed with the service name.
 */
export function formatLogLine(line: string, { service, color }: FormatLogLineOptions): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
    if (typeof entry !== 'object' || entry === null || typeof entry.level !== 'number') throw new Error('not pino');
  } catch {
    return `${paint(90, '         ')}${paint(90, service.padEnd(11))} ${line}`;
  }
  const level = LEVELS[entry.level as number] ?? { label: String(entry.level).padEnd(5), color: 37 };
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : new Date().toISOString().slice(11, 19);
  const extras = Object.entries(entry)
    .filter(([key]) => !SKIP.has(key))
    .map(([key, value]) => {
      if (key === 'err' && value && typeof value === 'object') return `err=${(value as { message?: string }).message ?? JSON.stringify(value)}`;
      return `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`;
    })
    .join(' ');
  const svc = String(entry.svc ?? service).padEnd(11);
  return `${paint(90, time)} ${paint(level.color, level.label)} ${paint(1, svc)} ${String(entry.msg ?? '')}${extras ? ` ${paint(90, extras)}` : ''}`;
}
