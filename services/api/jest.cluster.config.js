import base from './jest.config.js';

/**
 * `npm run test:cluster`: the cluster test on its own (it starts PostgreSQL, nginx, Redis and the
 * built server itself, so it needs none of the unit suite's global set-up), one file at a time.
 */
export default {
  ...base,
  testMatch: ['<rootDir>/cluster/**/*.test.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 300_000,
  maxWorkers: 1,
};
