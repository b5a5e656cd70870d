import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';
import { assertWebAppServed, freePort, startApiServer } from './harness/api-server.ts';
import type { RunningHarness } from './harness/running.ts';
import { startSmtpSink } from './harness/smtp-sink.ts';
import { publishHarness } from './harness/state.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const ADMIN_EMAIL = 'e2e-admin@cep.example';

/**
 * Starts what the browser tests run against, the way `npm start` serves it: a real SMTP sink on
 * loopback, then the built API server (which also serves web/dist) on a free port with a fresh
 * embedded PostgreSQL in a new folder under /tmp.
 */
export default async function globalSetup(_config: FullConfig): Promise<void> {
  // Under /tmp and world-traversable: as root the embedded PostgreSQL runs as the postgres user.
  const workDir = `/tmp/cep-e2e-${randomBytes(6).toString('hex')}`;
  const dataDir = path.join(workDir, 'data');
  const mailDir = path.join(workDir, 'mail');
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await mkdir(mailDir, { recursive: true, mode: 0o755 });
  await chmod(workDir, 0o755);
  await chmod(dataDir, 0o755);
  const running: RunningHarness = { server: null, smtp: null, workDir };
  globalThis.cepE2eHarness = running;

  try {
    running.smtp = await startSmtpSink(mailDir);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const adminPassword = randomBytes(18).toString('base64url');
    running.server = await startApiServer({
      serverJs: path.join(REPO_ROOT, 'services', 'api', 'dist', 'server.js'),
      cwd: REPO_ROOT,
      logFile: path.join(workDir, 'server.log'),
      baseUrl,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrl,
        CEP_DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${running.smtp.port}`,
        CEP_ADMIN_EMAIL: ADMIN_EMAIL,
        CEP_ADMIN_PASSWORD: adminPassword,
        SEED_DEMO: 'true',
        JOBS_POLL_MS: '200',
        LOG_LEVEL: 'warn',
        // Every test signs in and applies from 127.0.0.1: one client as far as rate limits go.
        RATE_LIMIT_LOGIN: '1000',
        RATE_LIMIT_PUBLIC_FORMS: '1000',
        RATE_LIMIT_COMPLAINTS: '1000',
        // A person takes seconds to fill the complaint form; the browser test waits one.
        COMPLAINT_MIN_FILL_MS: '1000',
      },
    });
    await assertWebAppServed(baseUrl);
    const demoPassword = /demo vendor owners: .* password: (\S+)/.exec(running.server.output())?.[1];
    if (!demoPassword) throw new Error(`The server did not print the demo vendors' password:\n${running.server.output()}`);
    publishHarness({ baseUrl, mailDir, adminEmail: ADMIN_EMAIL, adminPassword, demoPassword, workDir });
  } catch (error) {
    await running.server?.stop();
    await running.smtp?.close();
    await rm(workDir, { recursive: true, force: true });
    globalThis.cepE2eHarness = undefined;
    throw error;
  }
}
