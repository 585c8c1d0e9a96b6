import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Candidate locations of the team's shared fixtures: beside the clone (CI, sessions) or NAUTILUS_FIXTURES_DIR. */
function fixtureRoots(): string[] {
  return [process.env.NAUTILUS_FIXTURES_DIR, path.resolve(repoRoot, '../shared/fixtures')].filter((p): p is string => Boolean(p));
}

/**
 * Absolute path of a real-data fixture (e.g. `market/stock_prices.csv`). The
 * team's fixtures always sit at `../shared/fixtures` beside the clone (on CI
 * and in every session), so a missing one is an error that says where it was
 * looked for, never a silent skip.
 */
export function fixturePath(relative: string): string {
  for (const root of fixtureRoots()) {
    const candidate = path.join(root, relative);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`fixture ${relative} not found under ${fixtureRoots().join(' or ')}: put the shared fixtures beside the clone (../shared/fixtures) or set NAUTILUS_FIXTURES_DIR`);
}
