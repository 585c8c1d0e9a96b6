import { statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnreachableDirectory } from '../src/postgresUserAccess.ts';

describe('findUnreachableDirectory', () => {
  let dir: string;
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('names the first folder on the way that the user may not enter', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nautilus-access-'));
    await chmod(dir, 0o755);
    const locked = path.join(dir, 'home');
    await mkdir(path.join(locked, 'app', 'node_modules'), { recursive: true });
    await chmod(locked, 0o700);
    const stranger = { uid: 54_321, gids: [54_321] };
    expect(findUnreachableDirectory(path.join(locked, 'app', 'node_modules'), stranger)).toBe(locked);
    expect(findUnreachableDirectory(path.join(locked, 'app', 'not-yet-created'), stranger)).toBe(locked);
    expect(findUnreachableDirectory(dir, stranger)).toBeUndefined();
  });

  it('lets group members in by the group bits, and root anywhere', async () => {
    const shared = path.join(dir, 'shared');
    await mkdir(shared);
    await chmod(shared, 0o750);
    const { gid } = statSync(shared);
    expect(findUnreachableDirectory(shared, { uid: 54_321, gids: [gid] })).toBeUndefined();
    expect(findUnreachableDirectory(shared, { uid: 54_321, gids: [54_321] })).toBe(shared);
    await chmod(shared, 0o000);
    expect(findUnreachableDirectory(shared, { uid: 0, gids: [0] })).toBeUndefined();
  });
});
