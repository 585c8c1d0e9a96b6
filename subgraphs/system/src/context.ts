import type { RequestInfo } from '@nautilus/runtime';
import type { SystemStatusModel } from './service/pollEngines.ts';

/** What every system resolver receives. */
export interface SystemContext extends RequestInfo {
  /** Polls every engine now (one poll per request, however often `system` is selected). */
  readSystem(): Promise<SystemStatusModel>;
}
