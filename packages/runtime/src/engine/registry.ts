import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineManifest } from './manifest.ts';

/** The repository's `subgraphs/` folder: one engine per sub-folder with an `engine.ts`. */
export const ENGINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../subgraphs');

/** A manifest as the registry hands it out: paths made absolute, defaults filled in. */
export interface RegisteredEngine extends EngineManifest {
  /** Absolute folder of the engine. */
  dir: string;
  /** Absolute path of the SDL. */
  sdlPath: string;
  /** Absolute path of the process entry. */
  entryPath: string;
  /** Entry relative to the repository root (for deployment files). */
  entryFromRoot: string;
  /** `RISK` for `risk`: prefix of its environment variables. */
  envPrefix: string;
}

/** Thrown when the engine folders do not describe a valid registry. */
export class EngineRegistryError extends Error {
  override name = 'EngineRegistryError';
}

/**
 * Every engine: the folders of `dir` that hold an `engine.ts`, imported and
 * checked (unique names and ports, files that exist), in ascending port order.
 */
export async function loadEngines(dir: string = ENGINES_DIR): Promise<RegisteredEngine[]> {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'engine.ts')))
    .map((entry) => entry.name)
    .sort();
  const engines = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(dir, folder, 'engine.ts');
      const manifest = ((await import(pathToFileURL(file).href)) as { default?: EngineManifest }).default;
      if (!manifest || typeof manifest !== 'object') throw new EngineRegistryError(`${file} must \`export default { … } satisfies EngineManifest\``);
      return register(manifest, path.join(dir, folder));
    }),
  );
  assertUnique(engines, 'name');
  assertUnique(engines, 'defaultPort');
  return engines.sort((a, b) => a.defaultPort - b.defaultPort);
}

function register(manifest: EngineManifest, folder: string): RegisteredEngine {
  const where = path.join(folder, 'engine.ts');
  if (manifest.name !== path.basename(folder)) {
    throw new EngineRegistryError(`${where}: name "${manifest.name}" must be the folder's name "${path.basename(folder)}"`);
  }
  if (!/^[a-z][a-z0-9]*$/.test(manifest.name)) throw new EngineRegistryError(`${where}: name must be lower-case letters and digits`);
  if (!Number.isInteger(manifest.defaultPort) || manifest.defaultPort < 1024 || manifest.defaultPort > 65535) {
    throw new EngineRegistryError(`${where}: defaultPort must be an integer in 1024..65535`);
  }
  const sdlPath = path.join(folder, manifest.schema ?? 'schema.graphql');
  const entryPath = path.join(folder, manifest.entry);
  const files = [sdlPath, entryPath, ...(manifest.subscriptions ? [path.join(folder, manifest.subscriptions.module)] : [])];
  files.push(...(manifest.workers ?? []).flatMap((worker) => (worker.entry ? [path.join(folder, worker.entry)] : [])));
  if (manifest.seed) files.push(path.join(folder, manifest.seed.module));
  for (const file of files) if (!existsSync(file)) throw new EngineRegistryError(`${where}: ${path.relative(folder, file)} does not exist`);
  for (const worker of manifest.workers ?? []) {
    if (worker.kind === 'process' && !worker.entry) throw new EngineRegistryError(`${where}: worker ${worker.name} runs as a process and needs an entry`);
  }
  const root = path.resolve(folder, '../..');
  return {
    ...manifest,
    dir: folder,
    sdlPath,
    entryPath,
    entryFromRoot: path.relative(root, entryPath),
    envPrefix: manifest.name.toUpperCase(),
  };
}

function assertUnique(engines: RegisteredEngine[], key: 'name' | 'defaultPort'): void {
  const seen = new Map<unknown, string>();
  for (const engine of engines) {
    const other = seen.get(engine[key]);
    if (other) throw new EngineRegistryError(`engines ${other} and ${engine.name} share the ${key} ${String(engine[key])}`);
    seen.set(engine[key], engine.name);
  }
}
