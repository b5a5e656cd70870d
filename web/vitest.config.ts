import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the web app's logic that browser tests reach only slowly: pure functions beside
 * the code in `__tests__/`. They import @cep/shared from its sources, as the app's build does.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  // Tests run in Node, which Vite resolves as its server environment.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: { include: ['src/**/__tests__/**/*.test.ts'], environment: 'node' },
});
