import type { AddressInfo } from 'node:net';
import { createRegistryClient } from '@cep/client';
import { ApiScope, DEFAULT_CALENDAR, PledgeState, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { eventually } from '../../../../test/expectations.ts';
import { bearer, createApiKey, createPledgedVendor, createUser, movableClock } from '../../../../test/factories.ts';

/**
 * What an integrator does, with the published client (`@cep/client`) over real HTTP: a marketplace
 * keeps its copy of the directory with a program key, a vendor's helpdesk pushes its ticket export
 * with the vendor's key.
 */
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t.close());

describe('the typed client', () => {
  it('keeps a marketplace in sync: bulk status, then the change feed from its cursor', async () => {
    const admin = await createUser(t.db, { role: Role.Admin });
    const { key } = await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [ApiScope.StatusRead] });
    const marketplace = createRegistryClient({ baseUrl, apiKey: key });
    const { vendor } = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'));

    const start = await marketplace.GET('/api/v1/directory/changes');
    expect(start.response.status).toBe(200);
    let cursor = start.data?.next ?? '';
    for (let page = start.data; page && page.items.length > 0; ) {
      const next = await marketplace.GET('/api/v1/directory/changes', { params: { query: { after: cursor } } });
      page = next.data;
      cursor = page?.next ?? cursor;
    }

    const status = await eventually(
      () => marketplace.POST('/api/v1/badges/status', { body: { vendors: [vendor.slug, 'nobody'] } }),
      (answer) => answer.data?.items[0]?.status === 'active',
    );
    expect(status.data?.items.map((i) => [i.query, i.status])).toEqual([
      [vendor.slug, 'active'],
      ['nobody', 'not_member'],
    ]);

    await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(t.app, admin)).send({ reason: 'Audit' });
    const changes = await eventually(
      () => marketplace.GET('/api/v1/directory/changes', { params: { query: { after: cursor } } }),
      (answer) => (answer.data?.items.length ?? 0) > 0,
    );
    expect(changes.data?.items.map((c) => [c.vendor.slug, c.to])).toEqual([[vendor.slug, PledgeState.Suspended]]);
  });

  it('lets a vendor’s helpdesk push its ticket export with the vendor’s key, and nothing more', async () => {
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'), { vendor: { calendar: DEFAULT_CALENDAR } });
    const { key } = await createApiKey(t.db, { vendorId: vendor.id, createdBy: owner.id, scopes: [ApiScope.CheckpointsWrite] });
    const helpdesk = createRegistryClient({ baseUrl, apiKey: key });
    const csv = ['id,created_at,first_response_at,priority,channel,solved_at', 'T-1,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,high,email,2026-03-02T11:00:00Z'].join('\n');
    const imported = await helpdesk.POST('/api/v1/vendors/{id}/checkpoints/{period}/tickets', {
      params: { path: { id: vendor.id, period: '2026-H1' } },
      body: csv,
      bodySerializer: (text) => text,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.response.status).toBe(200);
    expect(imported.data?.overall.tickets).toBe(1);
    const draft = await helpdesk.GET('/api/v1/vendors/{id}/checkpoints/{period}', { params: { path: { id: vendor.id, period: '2026-H1' } } });
    expect(draft.data?.ticketImport?.overall.tickets).toBe(1);
    // Submitting is a person's decision: the key may not.
    const submit = await helpdesk.POST('/api/v1/vendors/{id}/checkpoints/{period}/submit', { params: { path: { id: vendor.id, period: '2026-H1' } } });
    expect(submit.response.status).toBe(403);
    expect(submit.error?.code).toBe('forbidden');
  });
});
