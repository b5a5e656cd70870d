import type { Response } from 'supertest';
import type { TestApp } from './build-app.ts';
import { complaintForm, createPledgedVendor, withTokens } from './factories.ts';
import { complaintRow, complaintTokenIn, mailTo } from './queries.ts';

/**
 * The complaint's life through the public API, as the complainant, the admin and the vendor live
 * it: the one-time tokens are read from the e-mails in the outbox, nowhere else.
 */

export const COMPLAINTS = '/api/v1/complaints';
export const complaintUrl = (id: string, action = '') => `${COMPLAINTS}/${id}${action}`;

export interface Filed {
  id: string;
  reference: string;
  email: string;
  form: Record<string, unknown>;
  confirmToken: string;
}

function expectStatus(res: Response, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what} answered ${res.status} instead of ${status}: ${JSON.stringify(res.body)}`);
}

/** The one e-mail to `email` whose subject names `reference` and starts with `subjectStart`. */
export async function mailAbout(t: TestApp, email: string, reference: string, subjectStart = ''): Promise<{ subject: string; body_text: string }> {
  const mails = (await mailTo(t.db, email)).filter((m) => m.subject.includes(reference) && m.subject.startsWith(subjectStart));
  if (mails.length !== 1 || !mails[0]) throw new Error(`${mails.length} e-mails to ${email} about ${reference} starting "${subjectStart}"`);
  return mails[0];
}

/** Files a complaint about a vendor (id or slug) and reads its confirmation link from the e-mail. */
export async function file(t: TestApp, vendor: string, overrides: Record<string, unknown> = {}): Promise<Filed> {
  const form = complaintForm(vendor, overrides);
  const res = await t.http().post(COMPLAINTS).send(form);
  expectStatus(res, 202, 'POST /complaints');
  const reference = String(res.body.reference);
  const email = String(form.email).toLowerCase();
  const row = await complaintRow(t.db, reference);
  if (!row) throw new Error(`complaint ${reference} was not stored`);
  const mail = await mailAbout(t, email, reference, 'Confirm your complaint');
  return { id: row.id, reference, email, form, confirmToken: complaintTokenIn(mail.body_text, 'confirm') };
}

export function confirm(t: TestApp, token: string) {
  return t.http().post(`${COMPLAINTS}/confirm`).send({ token });
}

/** Files and confirms a complaint: from then on the admin sees it and it counts. */
export async function fileConfirmed(t: TestApp, vendor: string, overrides: Record<string, unknown> = {}): Promise<Filed> {
  const filed = await file(t, vendor, overrides);
  expectStatus(await confirm(t, filed.confirmToken), 200, 'POST /complaints/confirm');
  return filed;
}

export async function forward(t: TestApp, adminAuth: string, id: string, body: Record<string, unknown> = {}): Promise<Response> {
  const res = await t.http().post(complaintUrl(id, '/forward')).set('authorization', adminAuth).send(body);
  expectStatus(res, 200, 'POST /complaints/{id}/forward');
  return res;
}

/** Files, confirms and forwards a complaint to its vendor. */
export async function fileForwarded(t: TestApp, adminAuth: string, vendor: string, overrides: Record<string, unknown> = {}): Promise<Filed> {
  const filed = await fileConfirmed(t, vendor, overrides);
  await forward(t, adminAuth, filed.id);
  return filed;
}

export function respond(t: TestApp, auth: string, id: string, response = 'We are sorry: the export bug is fixed and we answered your ticket today.') {
  return t.http().post(complaintUrl(id, '/respond')).set('authorization', auth).send({ response });
}

/** The vendor responds; the complainant's outcome link comes from the e-mail they receive. */
export async function respondAndGetOutcomeToken(t: TestApp, auth: string, filed: Filed): Promise<string> {
  expectStatus(await respond(t, auth, filed.id), 200, 'POST /complaints/{id}/respond');
  const mails = (await mailTo(t.db, filed.email)).filter((m) => m.subject.includes(`responded to your complaint (${filed.reference})`));
  if (mails.length !== 1 || !mails[0]) throw new Error(`${mails.length} response e-mails to ${filed.email}`);
  return complaintTokenIn(mails[0].body_text, 'outcome');
}

export function outcome(t: TestApp, token: string, verdict: 'resolved' | 'unresolved', comment?: string) {
  return t
    .http()
    .post(`${COMPLAINTS}/outcome`)
    .send({ token, outcome: verdict, ...(comment === undefined ? {} : { comment }) });
}

/** The vendor complaints are forwarded to: active since January, its owner and member signed in. */
export async function complaintTeam(t: TestApp) {
  return withTokens(t.app, await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z')));
}
