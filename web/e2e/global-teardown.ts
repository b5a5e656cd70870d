import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './harness/running.ts';

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

/**
 * Stops the API server (and with it its embedded PostgreSQL) and the SMTP sink, keeps the server's
 * output as test-results/server.log, and deletes the temp folder.
 */
export default async function globalTeardown(): Promise<void> {
  const running = globalThis.cepE2eHarness;
  if (!running) return;
  globalThis.cepE2eHarness = undefined;
  try {
    await running.server?.stop();
  } finally {
    await running.smtp?.close();
    await mkdir(RESULTS_DIR, { recursive: true });
    await copyFile(path.join(running.workDir, 'server.log'), path.join(RESULTS_DIR, 'server.log')).catch(() => undefined);
    await rm(running.workDir, { recursive: true, force: true });
  }
}
