import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start` on a clean clone: first generate what the platform imports (the
 * Prisma client in prisma/generated, skipped when the schema is unchanged),
 * then load the platform. Nothing here may import a workspace package: their
 * modules import the generated client, which does not exist yet on a fresh
 * clone (ERR_MODULE_NOT_FOUND before this step ran).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
try {
  execFileSync(process.execPath, [path.join(root, 'prisma/scripts/generate.mjs')], { stdio: 'inherit' });
} catch {
  console.error('nautilus: could not generate the Prisma client (prisma/scripts/generate.mjs failed; see above)');
  process.exit(1);
}
await import('./platform.ts');
