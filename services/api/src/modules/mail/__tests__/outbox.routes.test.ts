import { ErrorCode, OutboxList } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast } from '../../../../test/factories.ts';
import { queueMail } from '../mail.service.ts';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t.db);
  admin = bearer(t.app, cast.admin);
  await t.db.transaction(async (manager) => {
    await queueMail(t.ctx, manager, { to: 'first@outbox.example', subject: 'First', text: 'One' });
    await queueMail(t.ctx, manager, { to: 'second@outbox.example', subject: 'Second', text: 'Two' });
  });
  await t.db.query(`UPDATE mail_message SET status = 'failed', attempts = 6, last_error = 'refused', created_at = created_at - interval '1 minute' WHERE to_address = 'first@outbox.example'`);
});
afterAll(async () => t.close());

describe('GET /api/v1/outbox', () => {
  it('shows the admin every message, newest first', async () => {
    const res = await t.http().get('/api/v1/outbox').set('authorization', admin);
    expect(res.status).toBe(200);
    expectSchema(OutboxList, res.body);
    expect(res.body).toMatchObject({ total: 2, totalCapped: false, next: null });
    expect(res.body.items).toEqual([
      expect.objectContaining({ to: 'second@outbox.example', subject: 'Second', text: 'Two', status: 'held', attempts: 0, lastError: null, sentAt: null }),
      expect.objectContaining({ to: 'first@outbox.example', status: 'failed', attempts: 6, lastError: 'refused' }),
    ]);
  });

  it('filters by status and recipient, and pages', async () => {
    const failed = await t.http().get('/api/v1/outbox?status=failed').set('authorization', admin);
    expect(failed.body).toMatchObject({ total: 1, items: [{ to: 'first@outbox.example' }] });
    const second = await t.http().get('/api/v1/outbox?to=SECOND%40').set('authorization', admin);
    expect(second.body).toMatchObject({ total: 1, items: [{ to: 'second@outbox.example' }] });
    const wildcard = await t.http().get('/api/v1/outbox?to=%25').set('authorization', admin);
    expect(wildcard.body.total).toBe(0);
    const pages = await allPages<{ to: string }>((after) => t.http().get(withCursor('/api/v1/outbox?limit=1', after)).set('authorization', admin));
    expect(pages.map((p) => p.items.map((m) => m.to))).toEqual([['second@outbox.example'], ['first@outbox.example']]);
  });

  it('names bad query parameters', async () => {
    expectFieldErrors(await t.http().get('/api/v1/outbox?status=lost&limit=500').set('authorization', admin), ['status', 'limit']);
    await expectPagingErrors((query) => t.http().get(`/api/v1/outbox?${query}`).set('authorization', admin));
    // A cursor edited by hand: the right list and sort, values its keys cannot hold.
    const forged = (values: string[]) => Buffer.from(JSON.stringify(['newest', ...values])).toString('base64url');
    expectFieldErrors(await t.http().get(`/api/v1/outbox?after=${forged(['not a date', 'not an id'])}`).set('authorization', admin), ['after']);
    expectFieldErrors(await t.http().get(`/api/v1/outbox?after=${forged(['2026-03-02T10:00:00Z', 'not an id'])}`).set('authorization', admin), ['after']);
    expectFieldErrors(await t.http().get(`/api/v1/directory?after=${Buffer.from(JSON.stringify(['name', 'a\u0000b', 'x'])).toString('base64url')}`), ['after']);
  });

  it('answers 401 anonymously and 403 to vendors', async () => {
    expectUnauthenticated(await t.http().get('/api/v1/outbox'));
    for (const user of [cast.owner, cast.member]) {
      expectProblem(await t.http().get('/api/v1/outbox').set('authorization', bearer(t.app, user)), 403, ErrorCode.Forbidden);
    }
  });
});
