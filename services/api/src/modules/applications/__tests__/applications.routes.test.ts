import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import Value from 'typebox/value';
import { ApplicationList, ApplicationReceipt, ApplicationSchema, ApplicationStatus, ErrorCode, Role, Slug, slugify, VendorSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createApplication, createCast, createUser, createVendor } from '../../../../test/factories.ts';
import { auditOf, countRows, invitationTokenIn, mailTo } from '../../../../test/queries.ts';

const APPLICATIONS = '/api/v1/applications';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t.db);
  admin = bearer(t.app, cast.admin);
});
afterAll(async () => t.close());

let serial = 0;
/** A valid application form, unique per call. */
function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    companyName: `  Brightpath Learning ${serial} `,
    website: `https://brightpath-${serial}.example`,
    category: 'lms',
    contactName: ' Rosa Díaz ',
    contactEmail: `Rosa.Diaz+${serial}@Brightpath.example`,
    contactTitle: 'Head of Support',
    message: 'We would like to join.',
    ...overrides,
  };
}

describe('POST /api/v1/applications', () => {
  it('takes an application from anyone: a receipt, the row, an audit line and two e-mails', async () => {
    const body = form();
    const res = await t.http().post(APPLICATIONS).send(body);

    expect(res.status).toBe(201);
    expectSchema(ApplicationReceipt, res.body);
    expect(res.body).toEqual({ id: expect.any(String), status: 'pending', createdAt: expect.any(String) });

    const [row] = (await t.db.query(`SELECT company_name, website, category, contact_name, contact_email, contact_title, message, status FROM application WHERE id = $1`, [res.body.id])) as unknown[];
    expect(row).toEqual({
      company_name: `Brightpath Learning ${serial}`,
      website: body.website,
      category: 'lms',
      contact_name: 'Rosa Díaz',
      contact_email: `rosa.diaz+${serial}@brightpath.example`,
      contact_title: 'Head of Support',
      message: 'We would like to join.',
      status: 'pending',
    });
    expect(await auditOf(t.db, res.body.id as string)).toEqual([
      expect.objectContaining({ action: 'application.submitted', actor_id: null, actor_label: 'anonymous', to_state: 'pending', request_id: res.headers['x-request-id'] }),
    ]);
    const [receipt] = await mailTo(t.db, `rosa.diaz+${serial}@brightpath.example`);
    expect(receipt).toMatchObject({ status: 'held', subject: `We received the application of Brightpath Learning ${serial}` });
    expect(receipt?.body_text).toContain(res.body.id as string);
    expect(await mailTo(t.db, cast.admin.email)).toEqual([expect.objectContaining({ subject: `New application: Brightpath Learning ${serial}` })]);
  });

  it('needs only the required fields', async () => {
    const { contactTitle: _title, message: _message, ...required } = form();
    const res = await t.http().post(APPLICATIONS).send(required);
    expect(res.status).toBe(201);
    const [row] = (await t.db.query(`SELECT contact_title, message FROM application WHERE id = $1`, [res.body.id])) as unknown[];
    expect(row).toEqual({ contact_title: null, message: null });
  });

  it.each(['companyName', 'website', 'category', 'contactName', 'contactEmail'])('names the missing %s', async (field) => {
    const body = form();
    delete body[field];
    expectFieldErrors(await t.http().post(APPLICATIONS).send(body), [field]);
  });

  it('names every field of the wrong type, without coercing numbers or arrays into strings', async () => {
    const res = await t.http().post(APPLICATIONS).send({ companyName: 42, website: ['https://a.example'], category: true, contactName: { first: 'Rosa' }, contactEmail: 7, contactTitle: 3, message: ['hi'] });
    expectFieldErrors(res, ['companyName', 'website', 'category', 'contactName', 'contactEmail', 'contactTitle', 'message']);
    expect(res.body.errors).toEqual(expect.arrayContaining([{ field: 'companyName', in: 'body', message: expect.any(String) }]));
  });

  it('names fields with the wrong format', async () => {
    expectFieldErrors(await t.http().post(APPLICATIONS).send(form({ website: 'ftp://files.example', contactEmail: 'not-an-address', category: 'Not A Slug', companyName: '' })), [
      'website',
      'contactEmail',
      'category',
      'companyName',
    ]);
  });

  it('names an unknown category', async () => {
    const res = await t.http().post(APPLICATIONS).send(form({ category: 'spaceships' }));
    expectFieldErrors(res, ['category']);
    expect(await countRows(t.db, 'application', 'category = $1', ['spaceships'])).toBe(0);
  });

  it('rejects unknown fields', async () => {
    expectFieldErrors(await t.http().post(APPLICATIONS).send(form({ status: 'approved', vendorId: randomUUID() })), ['status', 'vendorId']);
  });

  it('answers malformed JSON with malformed_body and other media types with 415', async () => {
    expectProblem(await t.http().post(APPLICATIONS).set('content-type', 'application/json').send('{"companyName": "Acme",'), 400, ErrorCode.MalformedBody);
    expectProblem(await t.http().post(APPLICATIONS).set('content-type', 'application/json').send(''), 400, ErrorCode.MalformedBody);
    expectProblem(await t.http().post(APPLICATIONS).set('content-type', 'application/x-www-form-urlencoded').send('companyName=Acme'), 415, ErrorCode.UnsupportedMediaType);
    // Fastify reads text/plain as a string: not an object, so a 400 naming the whole body.
    expectFieldErrors(await t.http().post(APPLICATIONS).set('content-type', 'text/plain').send('companyName=Acme'), ['(root)']);
  });

  it('answers 400, not 500, for text PostgreSQL cannot store', async () => {
    const res = await t.http().post(APPLICATIONS).send(form({ companyName: 'Acme\u0000Corp' }));
    expectProblem(res, 400, ErrorCode.ValidationFailed);
    expect(await countRows(t.db, 'application', 'company_name LIKE $1', ['Acme%'])).toBe(0);
  });
});

describe('POST /api/v1/applications with Idempotency-Key', () => {
  it('replays the first answer for a retry and creates one application', async () => {
    const body = form();
    const first = await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-1').send(body);
    const retry = await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-1').send(body);

    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers['content-type']).toContain('application/json');
    expect(retry.body).toEqual(first.body);
    expect(await countRows(t.db, 'application', 'website = $1', [body.website])).toBe(1);
    expect(await mailTo(t.db, String(body.contactEmail).toLowerCase())).toHaveLength(1);
  });

  it('answers 422 when the key is reused with another body, and creates nothing', async () => {
    const body = form();
    expect((await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-2').send(body)).status).toBe(201);
    const other = form();
    expectProblem(await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-2').send(other), 422, ErrorCode.IdempotencyKeyReused);
    expect(await countRows(t.db, 'application', 'website = $1', [other.website])).toBe(0);
  });

  it('creates one application for simultaneous requests with one key', async () => {
    const body = form();
    const results = await Promise.all(Array.from({ length: 4 }, () => t.http().post(APPLICATIONS).set('idempotency-key', 'apply-3').send(body)));
    expect(await countRows(t.db, 'application', 'website = $1', [body.website])).toBe(1);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id as string)).size).toBe(1);
    // The others were told to retry or got the replay; nothing else.
    for (const r of results.filter((x) => x.status !== 201)) expectProblem(r, 409, ErrorCode.IdempotencyInProgress);
  });

  it('stores the answer to a refused request too, and a new key is a new request', async () => {
    const bad = form({ category: 'spaceships' });
    expectFieldErrors(await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-4').send(bad), ['category']);
    const replay = await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-4').send(bad);
    expectFieldErrors(replay, ['category']);
    expect(replay.headers['idempotent-replayed']).toBe('true');

    const body = form();
    expect((await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-5').send(body)).status).toBe(201);
    expect((await t.http().post(APPLICATIONS).set('idempotency-key', 'apply-6').send(body)).status).toBe(201);
    expect(await countRows(t.db, 'application', 'website = $1', [body.website])).toBe(2);
  });

  it('names a key that cannot be one', async () => {
    const res = await t.http().post(APPLICATIONS).set('idempotency-key', 'k'.repeat(201)).send(form());
    expectFieldErrors(res, ['idempotency-key']);
  });
});

describe('POST /api/v1/applications rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ env: { RATE_LIMIT_PUBLIC_FORMS: '3' } });
  });
  afterAll(async () => limited.close());

  it('answers the 4th application within a minute with 429 problem+json and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await limited.http().post(APPLICATIONS).send(form())).status).toBe(201);
    const res = await limited.http().post(APPLICATIONS).send(form());
    expectProblem(res, 429, ErrorCode.RateLimited);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await countRows(limited.db, 'application')).toBe(3);
  });
});

describe('GET /api/v1/applications', () => {
  let listed: TestApp;
  let listAdmin: string;
  beforeAll(async () => {
    // Its own database, so the list holds exactly these rows.
    listed = await createTestApp();
    listAdmin = bearer(listed.app, await createUser(listed.db, { role: Role.Admin }));
    await createApplication(listed.db, { companyName: 'Oldest', createdAt: new Date('2026-01-01T00:00:00Z') });
    await createApplication(listed.db, { companyName: 'Middle', createdAt: new Date('2026-01-02T00:00:00Z'), status: ApplicationStatus.Rejected, rejectionReason: 'No' });
    await createApplication(listed.db, { companyName: 'Newest', createdAt: new Date('2026-01-03T00:00:00Z') });
  });
  afterAll(async () => listed.close());

  it('lists applications newest first, for the admin', async () => {
    const res = await listed.http().get(APPLICATIONS).set('authorization', listAdmin);
    expect(res.status).toBe(200);
    expectSchema(ApplicationList, res.body);
    expect(res.body).toMatchObject({ total: 3, totalCapped: false, next: null });
    expect((res.body.items as { companyName: string }[]).map((a) => a.companyName)).toEqual(['Newest', 'Middle', 'Oldest']);
  });

  it('filters by status and pages', async () => {
    // The pending queue opens on what waited longest; either order on request.
    const pending = await listed.http().get(`${APPLICATIONS}?status=pending`).set('authorization', listAdmin);
    expect((pending.body.items as { companyName: string }[]).map((a) => a.companyName)).toEqual(['Oldest', 'Newest']);
    const newest = await listed.http().get(`${APPLICATIONS}?status=pending&sort=newest`).set('authorization', listAdmin);
    expect((newest.body.items as { companyName: string }[]).map((a) => a.companyName)).toEqual(['Newest', 'Oldest']);
    const oldest = await listed.http().get(`${APPLICATIONS}?sort=oldest`).set('authorization', listAdmin);
    expect((oldest.body.items as { companyName: string }[]).map((a) => a.companyName)).toEqual(['Oldest', 'Middle', 'Newest']);
    const pages = await allPages<{ companyName: string }>((after) => listed.http().get(withCursor(`${APPLICATIONS}?limit=2`, after)).set('authorization', listAdmin));
    expect(pages.map((p) => p.items.map((a) => a.companyName))).toEqual([['Newest', 'Middle'], ['Oldest']]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('names bad query parameters', async () => {
    expectFieldErrors(await listed.http().get(`${APPLICATIONS}?status=bogus&limit=101&sort=sideways`).set('authorization', listAdmin), ['status', 'limit', 'sort']);
    await expectPagingErrors((query) => listed.http().get(`${APPLICATIONS}?${query}`).set('authorization', listAdmin));
  });

  it('answers 401 anonymously and 403 to vendors', async () => {
    expectUnauthenticated(await listed.http().get(APPLICATIONS));
    const vendor = await createVendor(listed.db);
    for (const role of [Role.VendorOwner, Role.VendorMember]) {
      const user = await createUser(listed.db, { role, vendorId: vendor.id });
      expectProblem(await listed.http().get(APPLICATIONS).set('authorization', bearer(listed.app, user)), 403, ErrorCode.Forbidden);
    }
  });
});

describe('POST /api/v1/applications/{id}/approve', () => {
  const approve = (id: string, body?: object) => {
    const req = t.http().post(`${APPLICATIONS}/${id}/approve`).set('authorization', admin);
    return body === undefined ? req : req.send(body);
  };

  it('creates the vendor, invites its owner by e-mail, and the owner can join', async () => {
    const application = await createApplication(t.db, { companyName: 'Northwind Academy', website: 'https://www.northwind-academy.example/about', category: 'lxp' });
    const res = await approve(application.id);

    expect(res.status).toBe(200);
    expectSchema(Type.Object({ application: ApplicationSchema, vendor: VendorSchema }), res.body);
    const vendor = res.body.vendor as { id: string; slug: string };
    expect(res.body.application).toMatchObject({ id: application.id, status: 'approved', vendorId: vendor.id, decidedAt: expect.any(String) });
    expect(res.body.vendor).toMatchObject({ name: 'Northwind Academy', slug: 'northwind-academy', category: 'lxp', badgeDomains: ['northwind-academy.example'], version: 1 });

    const [owner] = (await t.db.query(`SELECT id, role, vendor_id, password_hash FROM app_user WHERE email = $1`, [application.contactEmail])) as {
      id: string;
      role: string;
      vendor_id: string;
      password_hash: string | null;
    }[];
    expect(owner).toMatchObject({ role: Role.VendorOwner, vendor_id: vendor.id, password_hash: null });
    const [invitation] = (await t.db.query(`SELECT expires_at - created_at AS valid_for, invited_by FROM invitation WHERE user_id = $1`, [owner?.id])) as {
      valid_for: { days: number };
      invited_by: string;
    }[];
    expect(invitation).toEqual({ valid_for: { days: 7 }, invited_by: cast.admin.id });

    const requestId = res.headers['x-request-id'];
    expect(await auditOf(t.db, application.id)).toEqual([
      expect.objectContaining({ action: 'application.approved', actor_id: cast.admin.id, actor_label: cast.admin.email, from_state: 'pending', to_state: 'approved', vendor_id: vendor.id, request_id: requestId }),
    ]);
    expect(await auditOf(t.db, vendor.id)).toEqual([expect.objectContaining({ action: 'vendor.created', actor_id: cast.admin.id, request_id: requestId })]);
    expect(await auditOf(t.db, owner?.id ?? '')).toEqual([expect.objectContaining({ action: 'user.invited', to_state: Role.VendorOwner, request_id: requestId })]);

    const [mail] = await mailTo(t.db, application.contactEmail);
    expect(mail).toMatchObject({ status: 'held', subject: expect.stringContaining('Northwind Academy') });
    const token = invitationTokenIn(mail?.body_text ?? '');
    expect(mail?.body_text).toContain(`http://registry.test/invitations/${token}`);

    expect((await t.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Nora Wind', password: 'northwind owner passphrase' })).status).toBe(200);
    const login = await t.http().post('/api/v1/auth/login').send({ email: application.contactEmail, password: 'northwind owner passphrase' });
    expect(login.body.user).toMatchObject({ role: Role.VendorOwner, vendorId: vendor.id });
  });

  it('takes the slug it is given, or the next free one', async () => {
    const named = await createApplication(t.db, { companyName: 'Slug Test' });
    expect((await approve(named.id, { slug: 'chosen-slug' })).body.vendor.slug).toBe('chosen-slug');
    await createVendor(t.db, { slug: 'taken-name' });
    const clash = await createApplication(t.db, { companyName: 'Taken Name' });
    expect((await approve(clash.id, {})).body.vendor.slug).toBe('taken-name-2');
  });

  it('approves without a body, but refuses a body that is null or names a reserved slug', async () => {
    const refused = await createApplication(t.db, { companyName: 'Null Body' });
    const nullBody = await t.http().post(`${APPLICATIONS}/${refused.id}/approve`).set('authorization', admin).set('content-type', 'application/json').send('null');
    expectFieldErrors(nullBody, ['(root)']);
    expectFieldErrors(await approve(refused.id, { slug: 'changes' }), ['slug']);
    expect((await approve(refused.id)).status).toBe(200);
  });

  it('keeps a numbered slug within 64 characters', async () => {
    const name = 'Extraordinarily Long Company Name For Testing Where Slugs Must Stop Incorporated';
    const base = slugify(name);
    expect(base).toHaveLength(64);
    await createVendor(t.db, { slug: base });
    const res = await approve((await createApplication(t.db, { companyName: name })).id);
    expect(res.status).toBe(200);
    const slug = res.body.vendor.slug as string;
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toMatch(/-2$/);
    expect(Value.Check(Slug, slug)).toBe(true);
  });

  it('answers 409 naming the slug when it is taken, and changes nothing', async () => {
    await createVendor(t.db, { slug: 'occupied' });
    const application = await createApplication(t.db);
    const res = await approve(application.id, { slug: 'occupied' });
    expectProblem(res, 409, ErrorCode.Duplicate);
    expect(res.body.errors).toEqual([{ field: 'slug', in: 'body', message: expect.any(String) }]);
    expect(await countRows(t.db, 'application', 'id = $1 AND status = $2', [application.id, 'pending'])).toBe(1);
    expect(await countRows(t.db, 'app_user', 'email = $1', [application.contactEmail])).toBe(0);
  });

  it('answers 409 when the contact already has an account, and creates no vendor', async () => {
    const application = await createApplication(t.db, { contactEmail: cast.owner.email, companyName: 'Second Company Of An Owner' });
    const res = await approve(application.id);
    expectProblem(res, 409, ErrorCode.Duplicate);
    expect(await countRows(t.db, 'vendor', 'name = $1', ['Second Company Of An Owner'])).toBe(0);
    expect(await countRows(t.db, 'application', 'id = $1 AND status = $2', [application.id, 'pending'])).toBe(1);
  });

  it('answers 409 for an application already decided', async () => {
    for (const status of [ApplicationStatus.Approved, ApplicationStatus.Rejected]) {
      const application = await createApplication(t.db, { status });
      expectProblem(await approve(application.id), 409, ErrorCode.InvalidState);
    }
    const once = await createApplication(t.db);
    expect((await approve(once.id)).status).toBe(200);
    expectProblem(await approve(once.id), 409, ErrorCode.InvalidState);
  });

  it('decides once when approve and reject race', async () => {
    const application = await createApplication(t.db);
    const [approved, rejected] = await Promise.all([approve(application.id), t.http().post(`${APPLICATIONS}/${application.id}/reject`).set('authorization', admin).send({ reason: 'Raced' })]);
    expect([approved.status, rejected.status].sort()).toEqual([200, 409]);
    expect(await countRows(t.db, 'vendor', 'name = $1', [application.companyName])).toBe(approved.status === 200 ? 1 : 0);
  });

  it('answers 404 for an unknown id and 400 for an id that is no uuid', async () => {
    expectProblem(await approve(randomUUID()), 404, ErrorCode.NotFound);
    expectFieldErrors(await approve('not-a-uuid'), ['id']);
  });

  it('names a bad or unknown body field', async () => {
    const application = await createApplication(t.db);
    expectFieldErrors(await approve(application.id, { slug: 5 }), ['slug']);
    expectFieldErrors(await approve(application.id, { slug: 'Not A Slug' }), ['slug']);
    expectFieldErrors(await approve(application.id, { name: 'x' }), ['name']);
    expectFieldErrors(await approve(application.id, ['x']), ['(root)']);
  });

  it('answers 401 anonymously and 403 to vendors', async () => {
    const application = await createApplication(t.db);
    expectUnauthenticated(await t.http().post(`${APPLICATIONS}/${application.id}/approve`));
    for (const user of [cast.owner, cast.member]) {
      expectProblem(await t.http().post(`${APPLICATIONS}/${application.id}/approve`).set('authorization', bearer(t.app, user)), 403, ErrorCode.Forbidden);
    }
    expect(await countRows(t.db, 'application', 'id = $1 AND status = $2', [application.id, 'pending'])).toBe(1);
  });
});

describe('POST /api/v1/applications/{id}/reject', () => {
  const reject = (id: string, body: object) => t.http().post(`${APPLICATIONS}/${id}/reject`).set('authorization', admin).send(body);

  it('rejects with a reason, records it and tells the applicant', async () => {
    const application = await createApplication(t.db);
    const res = await reject(application.id, { reason: '  We only admit software vendors. ' });
    expect(res.status).toBe(200);
    expectSchema(ApplicationSchema, res.body);
    expect(res.body).toMatchObject({ id: application.id, status: 'rejected', rejectionReason: 'We only admit software vendors.', vendorId: null, decidedAt: expect.any(String) });
    expect(await auditOf(t.db, application.id)).toEqual([
      expect.objectContaining({ action: 'application.rejected', actor_id: cast.admin.id, from_state: 'pending', to_state: 'rejected', reason: expect.stringContaining('We only admit'), request_id: res.headers['x-request-id'] }),
    ]);
    const [mail] = await mailTo(t.db, application.contactEmail);
    expect(mail?.subject).toContain('was not accepted');
    expect(mail?.body_text).toContain('We only admit software vendors.');
    expect(await countRows(t.db, 'vendor', 'name = $1', [application.companyName])).toBe(0);
  });

  it('requires a reason that is not blank', async () => {
    const application = await createApplication(t.db);
    expectFieldErrors(await reject(application.id, {}), ['reason']);
    expectFieldErrors(await reject(application.id, { reason: 42 }), ['reason']);
    expectFieldErrors(await reject(application.id, { reason: 'no' }), ['reason']);
    expectFieldErrors(await reject(application.id, { reason: '      ' }), ['reason']);
    expectFieldErrors(await reject(application.id, { reason: 'Valid reason', notify: false }), ['notify']);
    expect(await countRows(t.db, 'application', 'id = $1 AND status = $2', [application.id, 'pending'])).toBe(1);
  });

  it('answers 409 for an application already decided', async () => {
    const application = await createApplication(t.db, { status: ApplicationStatus.Approved });
    expectProblem(await reject(application.id, { reason: 'Changed our mind' }), 409, ErrorCode.InvalidState);
    const rejected = await createApplication(t.db, { status: ApplicationStatus.Rejected });
    expectProblem(await reject(rejected.id, { reason: 'Twice' }), 409, ErrorCode.InvalidState);
  });

  it('answers 404 for an unknown id, 400 for a bad one, 401 and 403', async () => {
    expectProblem(await reject(randomUUID(), { reason: 'Unknown' }), 404, ErrorCode.NotFound);
    expectFieldErrors(await reject('123', { reason: 'Bad id' }), ['id']);
    const application = await createApplication(t.db);
    expectUnauthenticated(await t.http().post(`${APPLICATIONS}/${application.id}/reject`).send({ reason: 'Anonymous' }));
    expectProblem(await t.http().post(`${APPLICATIONS}/${application.id}/reject`).set('authorization', bearer(t.app, cast.owner)).send({ reason: 'Owner' }), 403, ErrorCode.Forbidden);
  });
});

describe('POST /api/v1/applications with a small BODY_LIMIT', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ env: { BODY_LIMIT: '2048' } });
  });
  afterAll(async () => small.close());

  it('answers 413 problem+json for a body over the limit', async () => {
    const res = await small.http().post(APPLICATIONS).send(form({ message: 'x'.repeat(3000) }));
    expectProblem(res, 413, ErrorCode.PayloadTooLarge);
    expect(await countRows(small.db, 'application')).toBe(0);
    expect((await small.http().post(APPLICATIONS).send(form({ message: 'x'.repeat(500) }))).status).toBe(201);
  });
});
