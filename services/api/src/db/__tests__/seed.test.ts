import { createTestApp, testConfig, type TestApp } from '../../../test/build-app.ts';
import { verifyPassword } from '../../modules/accounts/index.ts';
import { DEMO_ADMIN_EMAIL, seed } from '../seed/seed.ts';
import { DEMO_VENDORS } from '../seed/demo-data.ts';
import { scanComplaints } from '../../modules/complaints/index.ts';
import { scanPledges } from '../../modules/pledges/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function count(sql: string): Promise<number> {
  const [row] = (await t.db.query(sql)) as { n: number }[];
  return row?.n ?? 0;
}

describe('seed', () => {
  it('creates a demo admin with a printed password, demo vendors and their owners on first run only', async () => {
    const first = await seed(t.db, testConfig({ SEED_DEMO: 'true' }));
    const admin = first.printed.find((p) => p.role === 'admin');
    expect(admin?.email).toBe(DEMO_ADMIN_EMAIL);
    const [row] = (await t.db.query(`SELECT password_hash FROM app_user WHERE email = $1`, [DEMO_ADMIN_EMAIL])) as { password_hash: string }[];
    expect(await verifyPassword(admin?.password ?? '', row?.password_hash ?? '')).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM vendor`)).toBe(DEMO_VENDORS.length);
    expect(await count(`SELECT count(DISTINCT category)::int AS n FROM vendor`)).toBeGreaterThanOrEqual(5);
    expect(await count(`SELECT count(*)::int AS n FROM application WHERE status = 'pending'`)).toBeGreaterThanOrEqual(2);

    const states = (await t.db.query(`SELECT state FROM pledge ORDER BY state`)) as { state: string }[];
    expect([...new Set(states.map((s) => s.state))]).toEqual(['active', 'lapsed', 'pending_signature', 'revoked', 'suspended', 'withdrawn']);
    const statuses = (await t.db.query(`SELECT DISTINCT status FROM checkpoint ORDER BY status`)) as { status: string }[];
    expect(statuses.map((s) => s.status)).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    expect(await count(`SELECT count(*)::int AS n FROM checkpoint WHERE ticket_import IS NOT NULL`)).toBeGreaterThanOrEqual(1);
    const complaintStates = (await t.db.query(`SELECT DISTINCT state FROM complaint ORDER BY state`)) as { state: string }[];
    expect(complaintStates.map((c) => c.state)).toEqual(['assumed_resolved', 'confirmed', 'dismissed', 'forwarded', 'no_response', 'resolved', 'unconfirmed', 'unresolved']);
    // Buyers asked for vendors that are not members.
    expect(await count(`SELECT count(DISTINCT domain)::int AS n FROM join_request WHERE confirmed_at IS NOT NULL`)).toBe(2);
    // A conversation: the complainant answered the registry; the vendor has a question to answer.
    const conversation = (await t.db.query(`SELECT from_party, to_party, answered_at IS NOT NULL AS answered FROM complaint_message ORDER BY position`)) as { from_party: string; to_party: string; answered: boolean }[];
    expect(conversation).toEqual([
      { from_party: 'registry', to_party: 'complainant', answered: true },
      { from_party: 'complainant', to_party: 'registry', answered: false },
      { from_party: 'registry', to_party: 'vendor', answered: false },
    ]);
    // A team with a member who can sign in and an invitation still open.
    const member = first.printed.find((p) => p.role === 'demo vendor member');
    expect((await t.http().post('/api/v1/auth/login').send({ email: member?.email, password: member?.password })).status).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM invitation WHERE accepted_at IS NULL AND expires_at > now()`)).toBe(1);

    // The demo is coherent with the rules: the scans find nothing to change.
    const complaints = await t.db.query(`SELECT id, state, version FROM complaint ORDER BY id`);
    const watched = await t.db.query(`SELECT vendor_id, since, reasons FROM watch_entry ORDER BY vendor_id`);
    expect(watched).toHaveLength(1);
    await scanPledges(t.ctx);
    await scanComplaints(t.ctx);
    expect(await t.db.query(`SELECT state FROM pledge ORDER BY state`)).toEqual(states);
    expect(await t.db.query(`SELECT id, state, version FROM complaint ORDER BY id`)).toEqual(complaints);
    expect(await t.db.query(`SELECT vendor_id, since, reasons FROM watch_entry ORDER BY vendor_id`)).toEqual(watched);

    // The integrations show too: the pledges' history as events, a used vendor key, a paused
    // endpoint with its log, and a program key printed once that works at once.
    expect(await count(`SELECT count(DISTINCT vendor_id)::int AS n FROM domain_event WHERE type = 'pledge.state_changed'`)).toBeGreaterThanOrEqual(6);
    expect(await count(`SELECT count(*)::int AS n FROM api_key WHERE vendor_id IS NOT NULL AND last_used_at IS NOT NULL`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM webhook_delivery`)).toBe(2);
    const programKey = first.printed.find((p) => p.secretName === 'key')?.password ?? '';
    const status = await t.http().post('/api/v1/badges/status').set('x-api-key', programKey).send({ vendors: ['acme'] });
    expect(status.status).toBe(200);

    const second = await seed(t.db, testConfig({ SEED_DEMO: 'true' }));
    expect(second.printed).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM vendor`)).toBe(DEMO_VENDORS.length);
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin'`)).toBe(1);
  });

  it('creates the configured admin, and resets its password when the configured one changes', async () => {
    const env = { CEP_ADMIN_EMAIL: 'Boss@Example.com', CEP_ADMIN_PASSWORD: 'first password 123', SEED_DEMO: 'false' };
    const report = await seed(t.db, testConfig(env));
    expect(report).toEqual({ printed: [], notices: [], adminEmail: 'boss@example.com' });
    await seed(t.db, testConfig({ ...env, CEP_ADMIN_PASSWORD: 'second password 456' }));
    const [row] = (await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'boss@example.com'`)) as { password_hash: string }[];
    expect(await verifyPassword('second password 456', row?.password_hash ?? '')).toBe(true);
  });

  it('clears the configured admin\'s second factors when asked, for an admin who lost them all', async () => {
    const env = { CEP_ADMIN_EMAIL: 'locked-out@example.com', CEP_ADMIN_PASSWORD: 'locked out password', SEED_DEMO: 'false' };
    await seed(t.db, testConfig(env));
    await t.db.query(`UPDATE app_user SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled_at = now() WHERE email = 'locked-out@example.com'`);
    // Without the setting a restart changes nothing.
    expect((await seed(t.db, testConfig(env))).notices).toEqual([]);
    const reset = await seed(t.db, testConfig({ ...env, CEP_ADMIN_RESET_TWO_FACTOR: 'true' }));
    expect(reset.notices).toEqual([expect.stringContaining('two-step sign-in of locked-out@example.com was reset')]);
    const [row] = (await t.db.query(`SELECT id, totp_secret, totp_enabled_at FROM app_user WHERE email = 'locked-out@example.com'`)) as { id: string; totp_secret: string | null; totp_enabled_at: Date | null }[];
    expect(row).toMatchObject({ totp_secret: null, totp_enabled_at: null });
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.two_factor_reset' AND entity_id = '${row?.id ?? ''}'`)).toBe(1);
    // The admin signs in with the password and is sent to set a factor up again.
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'locked-out@example.com', password: 'locked out password' });
    expect(login.body.user.twoFactor).toEqual({ enabled: false, enrolmentRequired: true });
  });
});
