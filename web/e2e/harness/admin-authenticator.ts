import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { HarnessInfo } from './state.ts';

/**
 * The e2e admin's authenticator app, as a phone would hold it: the secret the setup test scanned
 * (web/e2e/admin-two-factor.setup.ts) and the last 30-second step whose code was used. The registry
 * takes each code once and accepts the step before or after the current one, so a sign-in uses the
 * first unused step from now on, and waits for the clock when now and the next step are both spent
 * (a person would wait for the app's next code too).
 */
interface Held {
  secret: string;
  lastStep: number;
}

const PERIOD_MS = 30_000;
const fileOf = (harness: HarnessInfo) => path.join(harness.workDir, 'admin-authenticator.json');

export async function holdAdminSecret(harness: HarnessInfo, secret: string, usedAt: Date): Promise<void> {
  await writeFile(fileOf(harness), JSON.stringify({ secret, lastStep: Math.floor(usedAt.getTime() / PERIOD_MS) } satisfies Held));
}

/** The next code the admin may type; every test worker reads and writes the same file. */
export async function nextAdminCode(harness: HarnessInfo): Promise<string> {
  const held = JSON.parse(await readFile(fileOf(harness), 'utf8')) as Held;
  let now = Math.floor(Date.now() / PERIOD_MS);
  if (held.lastStep + 1 > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, (held.lastStep * PERIOD_MS) - Date.now() + 200));
    now = Math.floor(Date.now() / PERIOD_MS);
  }
  const step = Math.max(now, held.lastStep + 1);
  await writeFile(fileOf(harness), JSON.stringify({ ...held, lastStep: step } satisfies Held));
  return new TOTP({ secret: Secret.fromBase32(held.secret) }).generate({ timestamp: step * PERIOD_MS });
}
