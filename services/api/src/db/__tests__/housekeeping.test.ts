import { createTestApp, type TestApp } from '../../../test/build-app.ts';

let t: TestApp;
let now = new Date('2026-05-10T12:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(async () => t.close());

describe('housekeeping.purge', () => {
  it('drops day-old idempotency keys, week-old finished jobs, ended rate-limit windows, old sign-in steps and unconfirmed join requests, and keeps the rest', async () => {
    await t.db.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, created_at) VALUES ('s', 'old', 'h', $1), ('s', 'fresh', 'h', $2)`,
      [new Date('2026-05-09T11:00:00Z'), new Date('2026-05-10T11:00:00Z')],
    );
    await t.db.query(
      `INSERT INTO job (kind, status, finished_at) VALUES ('x', 'done', $1), ('x', 'done', $2), ('x', 'pending', NULL)`,
      [new Date('2026-05-01T00:00:00Z'), new Date('2026-05-09T00:00:00Z')],
    );
    await t.db.query(
      `INSERT INTO rate_limit_window (bucket, window_start, expires_at, hits) VALUES ('ended', $1, $2, 3), ('current', $2, $3, 1)`,
      [new Date('2026-05-10T12:28:00Z'), new Date('2026-05-10T12:29:00Z'), new Date('2026-05-10T12:31:00Z')],
    );
    await t.db.query(
      `INSERT INTO sign_in_challenge (token_hash, purpose, expires_at) VALUES ('old', 'passkey_sign_in', $1), ('recent', 'passkey_sign_in', $2)`,
      [new Date('2026-05-09T10:00:00Z'), new Date('2026-05-10T12:00:00Z')],
    );
    await t.db.query(
      `INSERT INTO join_request (vendor_name, website, domain, contact_email, requester_email, created_at, confirmed_at)
       VALUES ('Stale', 'https://s.example', 's.example', 'a@s.example', 'b@b.example', $1, NULL),
              ('Kept', 'https://k.example', 'k.example', 'a@k.example', 'b@b.example', $1, $2),
              ('Young', 'https://y.example', 'y.example', 'a@y.example', 'b@b.example', $2, NULL)`,
      [new Date('2026-05-01T00:00:00Z'), new Date('2026-05-09T00:00:00Z')],
    );
    now = new Date('2026-05-10T12:30:00Z');
    await t.ctx.jobs.runDue();
    expect(await t.db.query(`SELECT token_hash FROM sign_in_challenge`)).toEqual([{ token_hash: 'recent' }]);
    expect(await t.db.query(`SELECT vendor_name FROM join_request ORDER BY vendor_name`)).toEqual([{ vendor_name: 'Kept' }, { vendor_name: 'Young' }]);
    expect(await t.db.query(`SELECT key FROM idempotency_key ORDER BY key`)).toEqual([{ key: 'fresh' }]);
    const jobs = (await t.db.query(`SELECT kind, status FROM job WHERE kind = 'x' ORDER BY id`)) as unknown[];
    expect(jobs).toEqual([{ kind: 'x', status: 'done' }, { kind: 'x', status: 'pending' }]);
    expect(await t.db.query(`SELECT bucket FROM rate_limit_window`)).toEqual([{ bucket: 'current' }]);
    // The purge itself ran once and is recorded as done.
    expect(await t.db.query(`SELECT status FROM job WHERE kind = 'housekeeping.purge'`)).toEqual([{ status: 'done' }]);
  });
});
