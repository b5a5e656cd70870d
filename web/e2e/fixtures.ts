import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SecondFactorChallenge, TokenResponse, Vendor } from '@cep/shared';
import { test as base, type APIRequestContext, expect, type Page } from '@playwright/test';
import { nextAdminCode } from './harness/admin-authenticator.ts';
import type { ReceivedMail } from './harness/smtp-sink.ts';
import { type HarnessInfo, readHarness } from './harness/state.ts';

export interface MailBox {
  /** Every message the SMTP sink received so far, oldest first. */
  all(): Promise<ReceivedMail[]>;
  /** Waits until a message to `to` whose subject matches arrives, and returns it. */
  waitFor(match: { to: string; subject: RegExp }, timeoutMs?: number): Promise<ReceivedMail>;
}

function mailBox(dir: string): MailBox {
  const all = async () => {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as ReceivedMail));
  };
  const find = async (match: { to: string; subject: RegExp }) => (await all()).find((m) => m.to.includes(match.to.toLowerCase()) && match.subject.test(m.subject));
  return {
    all,
    async waitFor(match, timeoutMs = 15_000) {
      await expect.poll(async () => (await find(match)) !== undefined, { timeout: timeoutMs, message: `an e-mail to ${match.to} with subject ${match.subject}` }).toBe(true);
      const mail = await find(match);
      if (!mail) throw new Error('unreachable: the message was just found');
      return mail;
    },
  };
}

export const test = base.extend<{ mail: MailBox }, { harness: HarnessInfo }>({
  // Playwright needs the destructuring even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  harness: [async ({}, use) => use(readHarness()), { scope: 'worker' }],
  baseURL: async ({ harness }, use) => use(harness.baseUrl),
  mail: async ({ harness }, use) => use(mailBox(harness.mailDir)),
});

export { expect };

/** A short random tag that keeps names and e-mails of one test apart from every other. */
export const uniqueTag = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Signs the admin in through the form: the password, then the next code of the admin's authenticator app. */
export async function signInAsAdmin(page: Page, harness: HarnessInfo): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(harness.adminEmail);
  await page.getByLabel('Password').fill(harness.adminPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Authentication code').fill(await nextAdminCode(harness));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

export const DEMO_OWNER = 'owner@acme-learning.example';

/** Signs in over the API (no browser) and returns the bearer header for further calls. */
export async function apiSignIn(request: APIRequestContext, email: string, password: string): Promise<Record<string, string>> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  const tokens = (await response.json()) as TokenResponse;
  return { authorization: `Bearer ${tokens.accessToken}` };
}

/**
 * The admin's bearer header, signed in over the API with both steps. Kept for ten minutes (the
 * token lives fifteen): each sign-in spends one of the app's codes, which come one per 30 seconds.
 */
let adminHeaders: { headers: Record<string, string>; until: number } | null = null;
export async function apiSignInAsAdmin(request: APIRequestContext, harness: HarnessInfo): Promise<Record<string, string>> {
  if (adminHeaders && adminHeaders.until > Date.now()) return adminHeaders.headers;
  const first = await request.post('/api/v1/auth/login', { data: { email: harness.adminEmail, password: harness.adminPassword } });
  expect(first.status(), await first.text()).toBe(202);
  const { secondFactor } = (await first.json()) as SecondFactorChallenge;
  const second = await request.post('/api/v1/auth/login/second-factor', { data: { challenge: secondFactor.challenge, code: await nextAdminCode(harness) } });
  expect(second.status(), await second.text()).toBe(200);
  const tokens = (await second.json()) as TokenResponse;
  adminHeaders = { headers: { authorization: `Bearer ${tokens.accessToken}` }, until: Date.now() + 10 * 60_000 };
  return adminHeaders.headers;
}

export interface NewVendor {
  vendor: Vendor;
  ownerEmail: string;
  password: string;
}

/**
 * A vendor of the test's own, its pledge waiting for a signature: applied for, approved by the
 * admin and its owner's invitation accepted, all over the API and the SMTP sink, the way the main
 * path does it in the browser.
 */
export async function createVendor(request: APIRequestContext, mail: MailBox, harness: HarnessInfo, name: string): Promise<NewVendor> {
  const tag = uniqueTag();
  const ownerEmail = `owner-${tag}@example.com`;
  const applied = await request.post('/api/v1/applications', {
    headers: { 'idempotency-key': randomUUID() },
    data: { companyName: `${name} ${tag}`, website: `https://vendor-${tag}.example`, category: 'other', contactName: 'Olive Owner', contactEmail: ownerEmail },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  const { id } = (await applied.json()) as { id: string };
  const admin = await apiSignInAsAdmin(request, harness);
  const approved = await request.post(`/api/v1/applications/${id}/approve`, { headers: admin, data: {} });
  expect(approved.status(), await approved.text()).toBe(200);
  const { vendor } = (await approved.json()) as { vendor: Vendor };
  const password = await acceptInvitation(request, mail, ownerEmail, 'Olive Owner');
  return { vendor, ownerEmail, password };
}

/** Accepts the invitation the SMTP sink received for `email`; returns the password chosen. */
export async function acceptInvitation(request: APIRequestContext, mail: MailBox, email: string, name: string): Promise<string> {
  const password = 'correct horse battery staple';
  const invitation = await mail.waitFor({ to: email, subject: /You are invited to manage/ });
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(invitation.text)?.[1];
  expect(token, invitation.text).toBeDefined();
  const accepted = await request.post(`/api/v1/invitations/${token}/accept`, { data: { name, password } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return password;
}
