import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readlink, symlink, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FreshCheckout {
  /** The new checkout's root. */
  dir: string;
}

/**
 * What a newcomer has after `git clone` and `npm ci`, made from this working
 * tree: every file git would commit (tracked and untracked-but-not-ignored,
 * so the test checks the change under review, not the last commit), and none
 * of the ignored ones: no prisma/generated, no .data, no web/dist, no caches.
 *
 * node_modules: rather than a second `npm ci` (a minute and the registry),
 * each third-party package is a symlink into this checkout's node_modules,
 * and the workspace links (`@nautilus/*`, relative `../../prisma` …) are
 * recreated inside the new checkout, so every workspace package resolves to
 * the new checkout's own files: the generated client, the built web client and
 * the data all land there. `.cache` is not shared. Equivalent to `npm ci` for
 * the launcher because npm ci would install the same lockfile into the same
 * layout (npm only symlinks workspaces; the launcher writes nothing into
 * third-party packages), which the caller checks by asserting where the
 * generated files appear.
 */
export async function makeFreshCheckout(root: string): Promise<FreshCheckout> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-clone-'));
  await chmod(dir, 0o755); // as root, embedded PostgreSQL runs as the postgres user and must reach the binaries
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  // tar keeps modes and links; files deleted in the working tree but still in the index are skipped.
  const present: string[] = [];
  for (const file of files) {
    try {
      await lstat(path.join(root, file));
      present.push(file);
    } catch {
      // deleted, not yet committed
    }
  }
  const archive = execFileSync('tar', ['-c', '--null', '-T', '-', '-f', '-'], { cwd: root, input: present.join('\0'), maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-f', '-'], { cwd: dir, input: archive, maxBuffer: 1 << 30 });

  const modules = path.join(root, 'node_modules');
  const target = path.join(dir, 'node_modules');
  await mkdir(target);
  for (const entry of await readdir(modules)) {
    if (entry === '.cache') continue;
    if (entry === '@nautilus') {
      await mkdir(path.join(target, entry));
      for (const workspace of await readdir(path.join(modules, entry))) {
        // npm's workspace links are relative (../../prisma): the same link inside the new checkout points at its own folder.
        await symlink(await readlink(path.join(modules, entry, workspace)), path.join(target, entry, workspace));
      }
      continue;
    }
    await symlink(path.join(modules, entry), path.join(target, entry));
  }
  return { dir };
}
