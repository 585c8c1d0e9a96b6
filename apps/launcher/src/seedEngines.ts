import path from 'node:path';
import type pg from 'pg';
import type { Clock, RegisteredEngine, SeedOptions, SeedOutcome } from '@nautilus/runtime';

export interface SeedEnginesOptions {
  engines: readonly RegisteredEngine[];
  pool: pg.Pool;
  clock: Clock;
  seed: number;
  /** One line per engine (its seed's summary) and the seeds' progress. */
  say: (line: string) => void;
}

/**
 * The demo world: every engine's seed from its manifest, in the manifests'
 * order (an engine's seed may read what an earlier one wrote). Each seed writes
 * only when its tables are empty, so a second start reuses the data.
 */
export async function seedEngines({ engines, pool, clock, seed, say }: SeedEnginesOptions): Promise<void> {
  const seeded = engines.filter((engine) => engine.seed).sort((a, b) => a.seed!.order - b.seed!.order);
  for (const engine of seeded) {
    const { module, export: name } = engine.seed!;
    const run = ((await import(path.join(engine.dir, module))) as Record<string, unknown>)[name];
    if (typeof run !== 'function') throw new Error(`engine ${engine.name}: ${module} does not export a function ${name} (engine.ts seed)`);
    const options: SeedOptions<pg.Pool, Clock> = { pool, clock, seed, onProgress: (text) => say(`seed ${engine.name}: ${text}`) };
    const outcome = (await (run as (options: SeedOptions<pg.Pool, Clock>) => Promise<SeedOutcome>)(options));
    say(`${engine.name}: ${outcome.summary}`);
  }
}
