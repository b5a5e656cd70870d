import { availableParallelism } from 'node:os';

/**
 * Test files run side by side, one per CPU up to four (each starts its own app and database):
 * more would only queue on a small machine. TEST_WORKERS overrides it (`.ci/run` sets it).
 */
const workers = Number(process.env.TEST_WORKERS) || Math.min(4, Math.max(1, availableParallelism()));

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'es6' },
      },
    ],
  },
  // These two dependencies ship ESM only; Node 20's Jest must transform them (STACK-NOTES).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
  testEnvironmentOptions: { customExportConditions: ['source', 'node'] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: workers,
  // Jest gives a worker 500 ms to end once told to. Ours end at once — no handle is left open (checked
  // by logging every timer and handle at the end) — but a worker that ran the scale data or the
  // fuzzing holds a large heap, and on a busy 2-CPU machine tearing it down, or the parent noticing,
  // can take longer: Jest then kills it and prints "failed to exit gracefully". A real leak still
  // shows, after 10 s.
  workerGracefulExitTimeout: 10_000,
};
