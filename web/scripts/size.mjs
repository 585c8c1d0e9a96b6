#!/usr/bin/env node
// Prints what a first visit downloads (gzip and brotli) from web/dist, and each page's own chunk.
// Run after `npm run build -w @nautilus/web`: `npm run size -w @nautilus/web`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`no build at ${dist}: run npm run build -w @nautilus/web first`);
  process.exit(1);
}
const read = (file) => readFileSync(path.join(dist, file));
const sizes = (file) => {
  const content = read(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

// First load: index.html, its entry script, the chunks it preloads and its stylesheets.
const html = read('index.html').toString();
const first = ['index.html', ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])];
// The entry imports these statically (Vite lists them as modulepreload); dynamic page chunks are not part of it.
const rows = first.map((file) => ({ file, ...sizes(file) }));
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('First load of the app (index.html, entry script, preloaded chunks, CSS):');
for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kib(r.raw).padStart(11)}  gzip ${kib(r.gzip).padStart(10)}  brotli ${kib(r.brotli).padStart(10)}`);
console.log(`  ${'total'.padEnd(44)} ${kib(total.raw).padStart(11)}  gzip ${kib(total.gzip).padStart(10)}  brotli ${kib(total.brotli).padStart(10)}`);

const pages = readdirSync(path.join(dist, 'assets')).filter((f) => /^page-.*\.js$/.test(f)).sort();
const firstSet = new Set(first);
/** Chunks a chunk imports statically (Vite writes relative `./name-hash.js` imports), transitively. */
const importsOf = (file, seen = new Set()) => {
  for (const match of read(file).toString().matchAll(/from\s*"\.\/([\w.-]+\.js)"|import\s*"\.\/([\w.-]+\.js)"/g)) {
    const dep = `assets/${match[1] ?? match[2]}`;
    if (seen.has(dep) || firstSet.has(dep)) continue;
    seen.add(dep);
    importsOf(dep, seen);
  }
  return seen;
};
console.log('\nEach page on its first visit: its own chunk, and with the shared chunks it needs beyond the first load:');
const shared = new Map();
for (const file of pages) {
  const own = sizes(`assets/${file}`);
  const deps = [...importsOf(`assets/${file}`)];
  for (const dep of deps) shared.set(dep, sizes(dep));
  const withDeps = deps.reduce((sum, dep) => sum + shared.get(dep).gzip, own.gzip);
  console.log(`  ${file.replace(/-[\w-]{8}\.js$/, '').padEnd(28)} own ${kib(own.raw).padStart(10)}  gzip ${kib(own.gzip).padStart(9)}   with shared chunks gzip ${kib(withDeps).padStart(9)}`);
}
console.log('\nShared chunks (fetched once, by the first page that needs them):');
for (const [file, s] of [...shared].sort((a, b) => b[1].raw - a[1].raw)) console.log(`  ${file.padEnd(44)} ${kib(s.raw).padStart(11)}  gzip ${kib(s.gzip).padStart(10)}  brotli ${kib(s.brotli).padStart(10)}`);
