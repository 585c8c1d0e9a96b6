import './providedContext.ts';
import { afterAll, beforeAll, inject } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '@nautilus/db';

/**
 * Gives the calling test file its own freshly migrated database: created in
 * `beforeAll` (migration awaited), dropped in `afterAll`. Read `.url` inside
 * tests or hooks, not at module load.
 */
export function useTestDatabase(options: { migrated?: boolean } = {}): { readonly url: string; readonly adminUrl: string } {
  let scratch: ScratchDatabase | undefined;
  beforeAll(async () => {
    scratch = await createScratchDatabase({ adminUrl: inject('adminDatabaseUrl'), migrated: options.migrated ?? true });
  });
  afterAll(async () => {
    await scratch?.drop();
  });
  return {
    get url() {
      if (!scratch) throw new Error('useTestDatabase: the database exists only inside tests and hooks');
      return scratch.url;
    },
    get adminUrl() {
      return inject('adminDatabaseUrl');
    },
  };
}
