#!/usr/bin/env node
// Runs `prisma generate` on machines that cannot download Prisma's engines.
//
// Why: Prisma 7's client needs no engine binary (it talks to PostgreSQL
// through @prisma/adapter-pg), and `prisma generate` only parses the schema
// with the WebAssembly build bundled in the CLI. The CLI still insists on
// downloading a schema-engine binary first, which fails offline. When no real
// binary is installed we point PRISMA_SCHEMA_ENGINE_BINARY at a stub that
// refuses to run: generate never calls it, and anything that would (prisma
// migrate/db push) fails loudly instead of half-working. Our migrations are
// SQL files applied by src/migrate.ts.
//
// Skips work when the schema has not changed since the last generate.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const prismaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(prismaDir, '..');
const schemaPath = path.join(prismaDir, 'schema.prisma');
const outDir = path.join(prismaDir, 'generated');
const stampPath = path.join(outDir, '.schema-hash');

const prismaVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/prisma/package.json'), 'utf8')).version;
const hash = createHash('sha256').update(readFileSync(schemaPath)).update(prismaVersion).digest('hex');
if (!process.argv.includes('--force') && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) {
  process.exit(0);
}

const env = { ...process.env };
const enginesDir = path.join(root, 'node_modules/@prisma/engines');
const hasRealEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
if (!hasRealEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stubDir = path.join(root, 'node_modules/.cache/nautilus');
  const stub = path.join(stubDir, 'schema-engine-stub');
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(
    stub,
    '#!/bin/sh\necho "schema-engine is not installed (offline machine); apply migrations with npm run db:migrate" >&2\nexit 1\n',
  );
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
  env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING = '1';
}

execFileSync(path.join(root, 'node_modules/.bin/prisma'), ['generate', '--schema', schemaPath, '--config', path.join(prismaDir, 'prisma.config.ts')], {
  cwd: prismaDir,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
writeFileSync(stampPath, hash);
