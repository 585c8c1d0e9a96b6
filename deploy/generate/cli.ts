import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngines } from '@nautilus/runtime/engine';
import { renderDockerCompose, renderEnvEngines, renderPrometheus, renderReadmeEngines, replaceRegion } from './deploymentFiles.ts';

// `npm run generate`: the deployment files that list engines, from the registry (see deploymentFiles.ts).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const engines = await loadEngines(path.join(root, 'subgraphs'));

const hash = (s: string) => `# ${s}`;
const html = (s: string) => `<!-- ${s} -->`;
const files: Array<[string, (previous: string) => string]> = [
  ['docker-compose.yml', () => renderDockerCompose(engines)],
  ['deploy/prometheus/prometheus.yml', () => renderPrometheus(engines)],
  ['.env.example', (previous) => replaceRegion(previous, 'engines', renderEnvEngines(engines), hash)],
  ['README.md', (previous) => replaceRegion(previous, 'engines', renderReadmeEngines(engines), html)],
];
for (const [file, render] of files) {
  const target = path.join(root, file);
  const previous = await readFile(target, 'utf8');
  const next = render(previous);
  if (next === previous) {
    console.log(`unchanged ${file}`);
  } else {
    await writeFile(target, next);
    console.log(`wrote ${file}`);
  }
}
