import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the web client's pure logic (chart geometry, quote merging, formatting).
 * They run in Node: nothing here touches the DOM. Run with `npx vitest run --root web`.
 */
export default defineConfig({
  test: {
    name: '@nautilus/web',
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
