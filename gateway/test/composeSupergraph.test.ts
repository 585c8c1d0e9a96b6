import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompositionError, SUBGRAPHS, SUPERGRAPH_PATH, composeSupergraph } from '../src/index.ts';

describe('composeSupergraph', () => {
  it('matches the committed gateway/supergraph.graphql (run npm run compose after changing a schema)', async () => {
    expect(await composeSupergraph()).toBe(await readFile(SUPERGRAPH_PATH, 'utf8'));
  });

  it('joins portfolio positions to marketdata prices through @requires', async () => {
    const supergraph = await composeSupergraph();
    expect(supergraph).toMatch(/marketValue: Float @join__field\(graph: PORTFOLIO, requires: "instrument \{ lastPrice \}"\)/);
    expect(supergraph).toMatch(/type Instrument\s+(@join__type\([^)]*\)\s+)*@join__type\(graph: MARKETDATA, key: "id"\)/);
  });

  it('fails fast with every composition error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-sdl-'));
    const broken = path.join(dir, 'schema.graphql');
    // Redefines marketdata's non-shareable Quote with another field type.
    await writeFile(
      broken,
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])\ntype Quote { symbol: Int! }\ntype Query { brokenQuote: Quote }\n',
    );
    const error = await composeSupergraph({ subgraphs: [...SUBGRAPHS, { name: 'broken', sdlPath: broken, defaultPort: 4999 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompositionError);
    expect((error as Error).message).toMatch(/^supergraph composition failed:\n {2}- /);
    expect((error as Error).message).toMatch(/Quote\.symbol/);
  });
});
