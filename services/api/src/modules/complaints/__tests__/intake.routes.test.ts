import { ComplaintFiled, DESCRIPTION_MAX, ErrorCode, PledgeState, SUBJECT_MAX } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { complaintForm, createPledgedVendor, createUser, createVendorWithPeople, settableClock } from '../../../../test/factories.ts';
import { allMail, auditOf, complaintRow, complaintTokenIn, countComplaints, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { type Vendor } from '../../vendors/index.ts';
import { COMPLAINTS } from '../../../../test/complaints.ts';

/**
 * POST /complaints (SPEC §6, §8): anyone files a complaint about a pledged member by its slug or
 * id; bots are answered as people are but nothing is kept; retries with an Idempotency-Key count
 * once; and both the client and the vendor are rate-limited.
 */
const time = settableClock('2026-03-02T10:00:00Z');
let t: TestApp;
let admin: User;
let vendor: Vendor;
let owner: User;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  admin = await createUser(t.db);
  ({ vendor, owner } = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z')));
});
afterAll(async () => t.close());

const REFERENCE = /^C-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/;
const ACCEPTED = { reference: expect.stringMatching(REFERENCE), message: expect.stringContaining('within 7 days') };

describe('POST /api/v1/complaints', () => {
  it('files a complaint by the vendor’s slug: stored unconfirmed, one confirmation e-mail, nobody else told yet', async () => {
    time.set('2026-03-02T10:00:00Z');
    const form = complaintForm(vendor.slug, {
      name: '  Dana Whitfield ',
      email: 'Dana.Whitfield@Customer.Example',
      organisation: ' Northwind Academy ',
      subject: '  Export ticket ignored  ',
      promise: 'timeliness',
      consent: true,
    });
    const res = await t.http().post(COMPLAINTS).send(form);

    expect(res.status).toBe(202);
    expectSchema(ComplaintFiled, res.body);
    expect(res.body).toEqual(ACCEPTED);
    const row = await complaintRow(t.db, String(res.body.reference));
    expect(row).toMatchObject({
      vendor_id: vendor.id,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@customer.example',
      organisation: 'Northwind Academy',
      subject: 'Export ticket ignored',
      description: form.description,
      promise: 'timeliness',
      consent: true,
      state: 'unconfirmed',
      confirm_token_hash: expect.any(String),
      confirmed_at: null,
      created_at: new Date('2026-03-02T10:00:00Z'),
      confirm_expires_at: new Date('2026-03-09T10:00:00Z'),
    });

    const mails = await mailTo(t.db, 'dana.whitfield@customer.example');
    expect(mails).toEqual([expect.objectContaining({ subject: `Confirm your complaint about ${vendor.name} (${String(res.body.reference)})` })]);
    const token = complaintTokenIn(mails[0]?.body_text ?? '', 'confirm');
    expect(mails[0]?.body_text).toContain(`http://registry.test/complaints/confirm/${token}`);
    // Only the hash of the link's token is kept.
    expect(row?.confirm_token_hash).not.toBe(token);
    expect(await mailTo(t.db, admin.email)).toEqual([]);
    expect(await mailTo(t.db, owner.email)).toEqual([]);
    expect(await auditOf(t.db, row?.id ?? '')).toEqual([
      expect.objectContaining({ action: 'complaint.filed', actor_id: null, actor_label: 'complainant', vendor_id: null, from_state: null, to_state: 'unconfirmed' }),
    ]);
  });

  it('files a complaint by the vendor’s id, and leaves out an empty organisation', async () => {
    const res = await t.http().post(COMPLAINTS).send(complaintForm(vendor.id, { organisation: '   ' }));
    expect(res.status).toBe(202);
    expect(await complaintRow(t.db, String(res.body.reference))).toMatchObject({ vendor_id: vendor.id, organisation: null, state: 'unconfirmed' });
    const { organisation: _organisation, ...without } = complaintForm(vendor.id.toUpperCase());
    const upper = await t.http().post(COMPLAINTS).send(without);
    expect(upper.status).toBe(202);
    expect(await complaintRow(t.db, String(upper.body.reference))).toMatchObject({ vendor_id: vendor.id, organisation: null });
  });

  it('takes complaints about lapsed and suspended members: they still answer for their promises', async () => {
    for (const state of [PledgeState.Lapsed, PledgeState.Suspended]) {
      const member = await createPledgedVendor(t.db, new Date('2025-06-01T09:00:00Z'), { state });
      const res = await t.http().post(COMPLAINTS).send(complaintForm(member.vendor.slug));
      expect({ state, status: res.status }).toEqual({ state, status: 202 });
      expect(await countComplaints(t.db, member.vendor.id)).toBe(1);
    }
  });

  it('answers 404 for a vendor that is not a pledged member, and stores and sends nothing', async () => {
    const pending = await createVendorWithPeople(t.db);
    const revoked = await createPledgedVendor(t.db, new Date('2025-06-01T09:00:00Z'), { state: PledgeState.Revoked });
    const withdrawn = await createPledgedVendor(t.db, new Date('2025-06-01T09:00:00Z'), { state: PledgeState.Withdrawn });
    const mailBefore = (await allMail(t.db)).length;
    const before = await countComplaints(t.db);
    for (const key of [pending.vendor.slug, pending.vendor.id, revoked.vendor.slug, withdrawn.vendor.id, 'no-such-vendor', '8d0c2c52-0f43-4c1e-9d0e-3f5a3c2b1a00']) {
      const res = await t.http().post(COMPLAINTS).send(complaintForm(key));
      expect({ key, status: res.status }).toEqual({ key, status: 404 });
      expectProblem(res, 404, ErrorCode.NotFound);
    }
    expect(await countComplaints(t.db)).toBe(before);
    expect((await allMail(t.db)).length).toBe(mailBefore);
  });

  it('files by a slug that is made of hex digits only, like any other slug', async () => {
    const hexSlug = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8';
    expect(hexSlug).toHaveLength(36);
    const hex = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'), { vendor: { slug: hexSlug } });
    const res = await t.http().post(COMPLAINTS).send(complaintForm(hexSlug));
    expect({ status: res.status, body: res.body as unknown }).toEqual({ status: 202, body: ACCEPTED });
    expect(await countComplaints(t.db, hex.vendor.id)).toBe(1);
  });
});

describe('POST /api/v1/complaints from a bot', () => {
  it('answers a filled honeypot like a person, with a reference, but stores and sends nothing', async () => {
    const before = await countComplaints(t.db);
    const form = complaintForm(vendor.slug, { website: 'https://cheap-pills.example' });
    const res = await t.http().post(COMPLAINTS).send(form);
    expect(res.status).toBe(202);
    expectSchema(ComplaintFiled, res.body);
    expect(res.body).toEqual(ACCEPTED);
    expect(await complaintRow(t.db, String(res.body.reference))).toBeNull();
    expect(await countComplaints(t.db)).toBe(before);
    expect(await mailTo(t.db, String(form.email))).toEqual([]);
  });

  it('ignores a form sent faster than COMPLAINT_MIN_FILL_MS the same way, and takes one sent at exactly that time', async () => {
    const minFillMs = t.config.complaints.minFillMs;
    expect(minFillMs).toBe(3000);
    const before = await countComplaints(t.db);
    const hasty = complaintForm(vendor.slug, { fillTimeMs: minFillMs - 1 });
    const res = await t.http().post(COMPLAINTS).send(hasty);
    expect(res.status).toBe(202);
    expect(res.body).toEqual(ACCEPTED);
    expect(await countComplaints(t.db)).toBe(before);
    expect(await mailTo(t.db, String(hasty.email))).toEqual([]);

    const person = complaintForm(vendor.slug, { fillTimeMs: minFillMs });
    expect((await t.http().post(COMPLAINTS).send(person)).status).toBe(202);
    expect(await countComplaints(t.db)).toBe(before + 1);
    expect(await mailTo(t.db, String(person.email))).toHaveLength(1);
  });

  it('reads the minimum fill time from COMPLAINT_MIN_FILL_MS', async () => {
    const patient = await createTestApp({ clock: time.clock, env: { COMPLAINT_MIN_FILL_MS: '20000' } });
    try {
      const member = await createPledgedVendor(patient.db, new Date('2025-11-10T09:00:00Z'));
      expect((await patient.http().post(COMPLAINTS).send(complaintForm(member.vendor.slug, { fillTimeMs: 19_999 }))).status).toBe(202);
      expect(await countComplaints(patient.db)).toBe(0);
      expect((await patient.http().post(COMPLAINTS).send(complaintForm(member.vendor.slug, { fillTimeMs: 20_000 }))).status).toBe(202);
      expect(await countComplaints(patient.db)).toBe(1);
    } finally {
      await patient.close();
    }
  });
});

describe('POST /api/v1/complaints with Idempotency-Key', () => {
  it('replays the first answer for a retry and files one complaint with one e-mail', async () => {
    const form = complaintForm(vendor.slug);
    const first = await t.http().post(COMPLAINTS).set('idempotency-key', 'complaint-1').send(form);
    const retry = await t.http().post(COMPLAINTS).set('idempotency-key', 'complaint-1').send(form);
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const rows = (await t.db.query(`SELECT reference FROM complaint WHERE email = $1`, [form.email])) as { reference: string }[];
    expect(rows).toEqual([{ reference: first.body.reference }]);
    expect(await mailTo(t.db, String(form.email))).toHaveLength(1);
  });

  it('answers 422 when the key comes back with another complaint, and files nothing', async () => {
    const form = complaintForm(vendor.slug);
    expect((await t.http().post(COMPLAINTS).set('idempotency-key', 'complaint-2').send(form)).status).toBe(202);
    const other = complaintForm(vendor.slug);
    expectProblem(await t.http().post(COMPLAINTS).set('idempotency-key', 'complaint-2').send(other), 422, ErrorCode.IdempotencyKeyReused);
    expect(await t.db.query(`SELECT id FROM complaint WHERE email = $1`, [other.email])).toEqual([]);
    expect(await mailTo(t.db, String(other.email))).toEqual([]);
  });
});

describe('POST /api/v1/complaints with bad input', () => {
  it.each(['vendor', 'name', 'email', 'subject', 'description', 'promise', 'consent', 'fillTimeMs'])('names the missing %s', async (field) => {
    const form = complaintForm(vendor.slug);
    delete form[field];
    expectFieldErrors(await t.http().post(COMPLAINTS).send(form), [field]);
  });

  it('names every field of the wrong type, without coercing', async () => {
    const res = await t.http().post(COMPLAINTS).send({
      vendor: 42,
      name: ['Dana'],
      email: 7,
      organisation: { name: 'Northwind' },
      subject: 123,
      description: true,
      promise: 1,
      consent: 'yes',
      website: 5,
      fillTimeMs: '60000',
    });
    expectFieldErrors(res, ['vendor', 'name', 'email', 'organisation', 'subject', 'description', 'promise', 'consent', 'website', 'fillTimeMs']);
  });

  it('names values out of their range or format', async () => {
    const res = await t.http().post(COMPLAINTS).send(
      complaintForm('Not A Slug!', {
        name: '',
        email: 'not-an-address',
        organisation: 'o'.repeat(201),
        subject: 'ab',
        description: 'Too short.',
        promise: 'pricing',
        fillTimeMs: 1.5,
      }),
    );
    expectFieldErrors(res, ['vendor', 'name', 'email', 'organisation', 'subject', 'description', 'promise', 'fillTimeMs']);
    expectFieldErrors(await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { fillTimeMs: -1 })), ['fillTimeMs']);
    expectFieldErrors(await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { fillTimeMs: 86_400_001 })), ['fillTimeMs']);
  });

  it('refuses a description or subject over the limit, and takes one at the limit', async () => {
    const before = await countComplaints(t.db);
    expectFieldErrors(await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { description: 'd'.repeat(DESCRIPTION_MAX + 1) })), ['description']);
    expectFieldErrors(await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { subject: 's'.repeat(SUBJECT_MAX + 1) })), ['subject']);
    expect(await countComplaints(t.db)).toBe(before);
    const atLimit = await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { description: 'd'.repeat(DESCRIPTION_MAX), subject: 's'.repeat(SUBJECT_MAX) }));
    expect(atLimit.status).toBe(202);
    expect((await complaintRow(t.db, String(atLimit.body.reference)))?.description).toHaveLength(DESCRIPTION_MAX);
  });

  it('refuses a name, subject or description that is only spaces, as it would an empty one', async () => {
    const before = await countComplaints(t.db);
    const res = await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { name: '   ', subject: '     ', description: ' '.repeat(25) }));
    expect({ status: res.status, fields: ((res.body.errors ?? []) as { field: string }[]).map((e) => e.field).sort() }).toEqual({
      status: 400,
      fields: ['description', 'name', 'subject'],
    });
    expect(await countComplaints(t.db)).toBe(before);
  });

  it('rejects unknown properties, a state among them', async () => {
    expectFieldErrors(await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { state: 'confirmed', vendorId: vendor.id })), ['state', 'vendorId']);
  });

  it('answers malformed JSON, an empty body and text PostgreSQL cannot store with 400, never 500', async () => {
    expectProblem(await t.http().post(COMPLAINTS).set('content-type', 'application/json').send('{"vendor": "x",'), 400, ErrorCode.MalformedBody);
    expectProblem(await t.http().post(COMPLAINTS).set('content-type', 'application/json').send(''), 400, ErrorCode.MalformedBody);
    expectFieldErrors(await t.http().post(COMPLAINTS).send([]), ['(root)']);
    const before = await countComplaints(t.db);
    const nul = await t.http().post(COMPLAINTS).send(complaintForm(vendor.slug, { subject: 'Broken\u0000export' }));
    expectProblem(nul, 400, ErrorCode.ValidationFailed);
    expect(await countComplaints(t.db)).toBe(before);
  });
});

describe('POST /api/v1/complaints rate limits', () => {
  it('limits one client to RATE_LIMIT_COMPLAINTS an hour: 429 with Retry-After', async () => {
    const limited = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '2' } });
    try {
      const member = await createPledgedVendor(limited.db, new Date('2025-11-10T09:00:00Z'));
      for (let i = 0; i < 2; i++) expect((await limited.http().post(COMPLAINTS).send(complaintForm(member.vendor.slug))).status).toBe(202);
      const res = await limited.http().post(COMPLAINTS).send(complaintForm(member.vendor.slug));
      expectProblem(res, 429, ErrorCode.RateLimited);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3600);
      expect(await countComplaints(limited.db)).toBe(2);
    } finally {
      await limited.close();
    }
  });

  it('limits complaints about one vendor to RATE_LIMIT_COMPLAINTS_PER_VENDOR an hour, while another vendor still takes them', async () => {
    const clock = settableClock('2026-03-02T10:00:00Z');
    const limited = await createTestApp({ clock: clock.clock, env: { RATE_LIMIT_COMPLAINTS_PER_VENDOR: '2', RATE_LIMIT_COMPLAINTS: '1000' } });
    try {
      const busy = await createPledgedVendor(limited.db, new Date('2025-11-10T09:00:00Z'));
      const quiet = await createPledgedVendor(limited.db, new Date('2025-11-10T09:00:00Z'));
      expect((await limited.http().post(COMPLAINTS).send(complaintForm(busy.vendor.slug))).status).toBe(202);
      clock.set('2026-03-02T10:30:00Z');
      expect((await limited.http().post(COMPLAINTS).send(complaintForm(busy.vendor.id))).status).toBe(202);

      const refused = complaintForm(busy.vendor.slug);
      const res = await limited.http().post(COMPLAINTS).send(refused);
      expectProblem(res, 429, ErrorCode.RateLimited);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(await countComplaints(limited.db, busy.vendor.id)).toBe(2);
      expect(await mailTo(limited.db, String(refused.email))).toEqual([]);

      expect((await limited.http().post(COMPLAINTS).send(complaintForm(quiet.vendor.slug))).status).toBe(202);
      expect(await countComplaints(limited.db, quiet.vendor.id)).toBe(1);

      // An hour after the first one, one place is free again.
      clock.set('2026-03-02T11:00:00Z');
      expect((await limited.http().post(COMPLAINTS).send(complaintForm(busy.vendor.slug))).status).toBe(202);
      expectProblem(await limited.http().post(COMPLAINTS).send(complaintForm(busy.vendor.slug)), 429, ErrorCode.RateLimited);
    } finally {
      await limited.close();
    }
  });
});
