import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
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

/** Writes a value the platform derives (not a generated secret) to `dir/file`, mode 0600, replacing what was there. */
export async function writeSecretFile(dir: string, file: string, value: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, file);
  await writeFile(target, `${value}\n`, { mode: 0o600 });
  // writeFile keeps the mode of an existing file: make sure an older, wider one is narrowed too.
  await chmod(target, 0o600);
}
