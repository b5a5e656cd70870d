import { createTestApp, type TestApp } from '../../../test/build-app.ts';

let t: TestApp;
let now = new Date('2026-05-10T12:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(async () => t.close());

describe('housekeeping.purge', () => {
  it('drops day-old idempotency keys, week-old finished jobs and ended rate-limit windows, and keeps the rest', async () => {
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
    now = new Date('2026-05-10T12:30:00Z');
    await t.ctx.jobs.runDue();
    expect(await t.db.query(`SELECT key FROM idempotency_key ORDER BY key`)).toEqual([{ key: 'fresh' }]);
    const jobs = (await t.db.query(`SELECT kind, status FROM job WHERE kind = 'x' ORDER BY id`)) as unknown[];
    expect(jobs).toEqual([{ kind: 'x', status: 'done' }, { kind: 'x', status: 'pending' }]);
    expect(await t.db.query(`SELECT bucket FROM rate_limit_window`)).toEqual([{ bucket: 'current' }]);
    // The purge itself ran once and is recorded as done.
    expect(await t.db.query(`SELECT status FROM job WHERE kind = 'housekeeping.purge'`)).toEqual([{ status: 'done' }]);
  });
});
