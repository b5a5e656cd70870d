import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditList, ComplaintSchema } from '@cep/shared';
import { buildApp } from '../../../app.ts';
import { createDataSource } from '../../../db/data-source.ts';
import type { TestApp } from '../../../../test/build-app.ts';
import { testConfig } from '../../../../test/build-app.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { expectSchema } from '../../../../test/expectations.ts';
import { bearer, complaintForm, createPledgedVendor, createUser, settableClock } from '../../../../test/factories.ts';
import { mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { type Vendor } from '../../vendors/index.ts';
import { scanComplaints } from '../complaints.jobs.ts';
import { COMPLAINTS, complaintUrl, fileConfirmed, forward, outcome, respondAndGetOutcomeToken, type Filed } from '../../../../test/complaints.ts';

/**
 * The complainant's privacy (SPEC §5, §6): the vendor sees their name, e-mail and organisation only
 * when they consented; their address never reaches the server's logs (captured at trace level),
 * the vendor's audit view or any e-mail to the vendor's people — across the whole flow, bots and
 * bad requests included.
 */
const time = settableClock('2026-03-02T10:00:00Z');
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let app: FastifyInstance;
let t: TestApp;
const chunks: string[] = [];
const logs = () => chunks.join('');

let admin: User;
let adminAuth: string;
let vendor: Vendor;
let people: User[];
let ownerAuth: string;
let memberAuth: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({ LOG_LEVEL: 'trace', RATE_LIMIT_COMPLAINTS: '1000' });
  db = createDataSource({ url: database.url, ...config.db, poolSize: 5 });
  await db.initialize();
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  app = await buildApp({ config, db, databaseUrl: database.url, clock: time.clock, logStream: stream });
  await app.ready();
  t = { app, db, ctx: app.ctx, config, databaseUrl: database.url, http: () => supertest(app.server), close: async () => undefined };

  admin = await createUser(db);
  adminAuth = bearer(app, admin);
  const team = await createPledgedVendor(db, new Date('2026-01-05T09:00:00Z'));
  vendor = team.vendor;
  people = [team.owner, team.member];
  ownerAuth = bearer(app, team.owner);
  memberAuth = bearer(app, team.member);
});
afterAll(async () => {
  await app.close();
  await db.destroy();
  await database.drop();
});

const NAME = 'Priya Okonkwo-Lindqvist';
const ORGANISATION = 'Quillfeather Grammar School';
const EMAIL = 'Priya.Okonkwo@Quillfeather-School.example';

/** The whole life of one complaint, with the noise a real server sees: a bot, a bad request, a retry, the scans. */
async function wholeFlow(consent: boolean, emailTag: string): Promise<{ filed: Filed; email: string }> {
  const email = EMAIL.replace('@', `+${emailTag}@`);
  const details = { name: NAME, email, organisation: ORGANISATION, consent };
  time.set('2026-03-02T10:00:00Z');
  expect((await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { ...details, website: 'https://spam.example' }))).status).toBe(202);
  expect((await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { ...details, fillTimeMs: 10 }))).status).toBe(202);
  expect((await t.http().post(COMPLAINTS).send({ ...complaintForm(vendor.slug, details), promise: 'pricing' })).status).toBe(400);
  const retried = complaintForm(vendor.slug, details);
  await t.http().post(COMPLAINTS).set('idempotency-key', `privacy-${emailTag}`).send(retried);
  await t.http().post(COMPLAINTS).set('idempotency-key', `privacy-${emailTag}`).send(retried);

  // A second confirmed complaint each time: the second flow puts the vendor on the watch list.
  await fileConfirmed(t, vendor.slug, details);
  const filed = await fileConfirmed(t, vendor.slug, details);
  await forward(t, adminAuth, filed.id, { note: 'Please answer.' });
  time.set('2026-03-10T18:00:00Z');
  await scanComplaints(t.ctx);
  const token = await respondAndGetOutcomeToken(t, memberAuth, filed);
  expect((await outcome(t, token, 'resolved', 'Thanks, sorted.')).status).toBe(200);
  time.set('2026-04-20T10:00:00Z');
  await scanComplaints(t.ctx);
  return { filed, email: email.toLowerCase() };
}

function expectNoContact(text: string, email: string): void {
  expect(text.toLowerCase()).not.toContain(email.toLowerCase());
  expect(text.toLowerCase()).not.toContain('priya.okonkwo');
}

describe('without consent', () => {
  let flow: { filed: Filed; email: string };
  beforeAll(async () => {
    flow = await wholeFlow(false, 'nc');
  });

  it('the vendor’s people see the complaint without the complainant: null, and nothing of them anywhere in the answer', async () => {
    for (const token of [ownerAuth, memberAuth]) {
      const res = await t.http().get(complaintUrl(flow.filed.id)).set('authorization', token);
      expect(res.status).toBe(200);
      expectSchema(ComplaintSchema, res.body);
      expect(res.body).toMatchObject({ consent: false, complainant: null });
      const text = JSON.stringify(res.body);
      expectNoContact(text, flow.email);
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(ORGANISATION);
      expectNoContact(JSON.stringify((await t.http().get(COMPLAINTS).set('authorization', token)).body), flow.email);
    }
  });

  it('the admin sees who complained', async () => {
    const res = await t.http().get(complaintUrl(flow.filed.id)).set('authorization', adminAuth);
    expect(res.body.complainant).toEqual({ name: NAME, email: flow.email, organisation: ORGANISATION });
  });
});

describe('with consent', () => {
  let flow: { filed: Filed; email: string };
  beforeAll(async () => {
    flow = await wholeFlow(true, 'yes');
  });

  it('the vendor’s people see the complainant’s name, e-mail and organisation', async () => {
    for (const token of [ownerAuth, memberAuth]) {
      const res = await t.http().get(complaintUrl(flow.filed.id)).set('authorization', token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ consent: true, complainant: { name: NAME, email: flow.email, organisation: ORGANISATION } });
    }
  });
});

describe('the complainant’s address, across both flows', () => {
  it('never appears in the server’s logs', () => {
    const log = logs();
    // The capture works: requests were logged, with their URLs, and so was the ignored bot.
    expect(log).toContain('/api/v1/complaints/confirm');
    expect(log).toContain('complaint ignored as automated');
    expect(log.toLowerCase()).not.toContain('quillfeather-school.example');
    expect(log).not.toContain(NAME);
  });

  it('never appears in the vendor’s audit view', async () => {
    // Every step was audited (as "complainant", "system" or the person who acted) …
    const [audited] = (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'complaint'`)) as { n: number }[];
    expect(audited?.n).toBeGreaterThan(10);
    const wholeLog = JSON.stringify(await db.query(`SELECT actor_label, action, from_state, to_state, reason, details FROM audit_log`));
    expect(wholeLog.toLowerCase()).not.toContain('quillfeather');
    // … and nothing of the complainant reaches the vendor's view of its log.
    for (const token of [ownerAuth, adminAuth]) {
      const res = await t.http().get(`/api/v1/vendors/${vendor.id}/audit?limit=100`).set('authorization', token);
      expect(res.status).toBe(200);
      expectSchema(AuditList, res.body);
      expect(JSON.stringify(res.body).toLowerCase()).not.toContain('quillfeather');
    }
  });

  it('never appears in an e-mail to the vendor’s people, though they were told of every step', async () => {
    const received = (await Promise.all(people.map((p) => mailTo(db, p.email)))).flat();
    expect(received.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('needs your response'),
        expect.stringMatching(/^Reminder: complaint/),
        expect.stringContaining('the customer marked it resolved'),
        `${vendor.name} is on the Customer Excellence Pledge watch list`,
      ]),
    );
    for (const mail of received) {
      expect(`${mail.subject}\n${mail.body_text}`.toLowerCase()).not.toContain('quillfeather');
      expect(mail.body_text).not.toContain(NAME);
    }
  });
});
