import { pino, type Logger } from 'pino';

export type { Logger };

export interface CreateLoggerOptions {
  /** Service name, printed on every line (`marketdata`, `gateway`, ...). */
  name: string;
  level?: string;
}

/**
 * A pino logger for one service. Request-scoped loggers are children carrying
 * `requestId` (see the subgraph server factory), so one id follows a request
 * from the gateway through every subgraph it touches.
 */
export function createLogger({ name, level = 'info' }: CreateLoggerOptions): Logger {
  return pino({
    name,
    level,
    base: { svc: name },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
