import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LoadOrCreateSecretOptions {
  /** Folder that holds the secret file (the data dir). */
  dir: string;
  /** File name inside `dir`. */
  file: string;
  /** Bytes of randomness for a new secret. */
  bytes?: number;
}

/**
 * Reads a secret from a file, creating it (mode 0600) with fresh random bytes
 * on first use. `created` says whether it is new, so the launcher can print a
 * generated API token exactly once.
 */
export async function loadOrCreateSecret({ dir, file, bytes = 32 }: LoadOrCreateSecretOptions): Promise<{ value: string; created: boolean }> {
  const target = path.join(dir, file);
  try {
    const value = (await readFile(target, 'utf8')).trim();
    if (value) return { value, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true });
  const value = randomBytes(bytes).toString('base64url');
  try {
    await writeFile(target, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true };
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { value: (await readFile(target, 'utf8')).trim(), created: false };
    throw error;
  }
}
