/**
 * What the global setup tells the tests. Playwright runs tests in worker processes started after
 * the global setup, so the values travel as environment variables.
 */
export interface HarnessInfo {
  baseUrl: string;
  mailDir: string;
  adminEmail: string;
  adminPassword: string;
  /** The shared password the seed gave the demo vendor owners (printed once at first start). */
  demoPassword: string;
  /** This run's folder (server log, data, mail), where tests may keep what they share. */
  workDir: string;
}

const VAR = 'CEP_E2E_HARNESS';

export function publishHarness(info: HarnessInfo): void {
  process.env[VAR] = JSON.stringify(info);
}

export function readHarness(): HarnessInfo {
  const raw = process.env[VAR];
  if (!raw) throw new Error(`${VAR} is not set: run the tests through playwright.config.ts, whose global setup starts the server`);
  return JSON.parse(raw) as HarnessInfo;
}
