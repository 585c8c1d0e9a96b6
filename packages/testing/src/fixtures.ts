import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Candidate locations of the team's shared fixtures: beside the clone (CI, sessions) or NAUTILUS_FIXTURES_DIR. */
function fixtureRoots(): string[] {
  return [process.env.NAUTILUS_FIXTURES_DIR, path.resolve(repoRoot, '../shared/fixtures')].filter((p): p is string => Boolean(p));
}

/**
 * Absolute path of a real-data fixture (e.g. `market/stock_prices.csv`), or
 * undefined when the shared fixtures are not beside this clone. On CI
 * (`CI` set) a missing fixture is an error, so fixture tests never skip there.
 */
export function findFixture(relative: string): string | undefined {
  for (const root of fixtureRoots()) {
    const candidate = path.join(root, relative);
    if (existsSync(candidate)) return candidate;
  }
  if (process.env.CI) throw new Error(`fixture ${relative} not found under ${fixtureRoots().join(' or ')}`);
  return undefined;
}
