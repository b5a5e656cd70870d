import { APPLICATION_STATUSES, COMPLAINT_PROMISES, COMPLAINT_STATES, DISMISS_REASONS, MAIL_STATUSES, PLEDGE_STATES, REASON_CATEGORIES, ROLES, SUBMISSION_STATUSES } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { JobStatus } from '../../plugins/job-status.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('entities and migrations', () => {
  it('agree: TypeORM finds nothing to change in the migrated schema', async () => {
    const diff = await t.db.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('map every table', async () => {
    const tables = (await t.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`)) as { tablename: string }[];
    const mapped = t.db.entityMetadatas.map((m) => m.tableName).sort();
    expect(tables.map((r) => r.tablename)).toEqual(mapped);
  });
});

/**
 * TypeORM compares CHECK constraints by name only, so this reads what each one allows and compares
 * it with the @cep/shared list it guards: a state added to a list without its migration fails here.
 */
describe('CHECK constraints', () => {
  const guarded: [string, readonly string[]][] = [
    ['app_user_role_check', ROLES],
    ['mail_message_status_check', MAIL_STATUSES],
    ['application_status_check', APPLICATION_STATUSES],
    ['pledge_state_check', PLEDGE_STATES],
    ['pledge_state_reason_category_check', REASON_CATEGORIES],
    ['checkpoint_status_check', SUBMISSION_STATUSES],
    ['complaint_promise_check', COMPLAINT_PROMISES],
    ['complaint_state_check', COMPLAINT_STATES],
    ['complaint_dismiss_reason_check', DISMISS_REASONS],
    ['job_status_check', Object.values(JobStatus)],
  ];

  it.each(guarded)('%s allows exactly the shared list', async (name, values) => {
    const [row] = (await t.db.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`, [name])) as { def: string }[];
    const allowed = [...(row?.def ?? '').matchAll(/'([^']*)'::text/g)].map((m) => m[1]);
    expect(allowed.sort()).toEqual([...values].sort());
  });
});
