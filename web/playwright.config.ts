import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built app as `npm start` serves it (see e2e/global-setup.ts).
 * Debian's Chromium is used; Playwright downloads no browser here.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Whole user paths (sign, suspend, appeal, reinstate; import, return, resubmit, accept) take
  // 15–20 s on a quiet 2-CPU machine and over 30 s beside a CPU-heavy job: size for the busy machine.
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // The admin's first sign-in sets up two-step sign-in (required for admins); every journey after
  // it signs the admin in with that app.
  projects: [
    { name: 'admin-two-factor', testMatch: /admin-two-factor\.setup\.ts$/ },
    { name: 'journeys', testMatch: /\.spec\.ts$/, dependencies: ['admin-two-factor'] },
  ],
  outputDir: './test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
