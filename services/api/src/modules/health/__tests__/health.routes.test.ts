import { HealthSchema, ReadinessSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectSchema } from '../../../../test/expectations.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /healthz', () => {
  it('answers ok with a request id', async () => {
    const res = await t.http().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expectSchema(HealthSchema, res.body);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
  });

  it('needs no credentials, and a bad token does not get in the way', async () => {
    expect((await t.http().get('/healthz').set('authorization', 'Bearer nonsense')).status).toBe(200);
    expect((await t.http().head('/healthz')).status).toBe(200);
  });
});

describe('GET /readyz', () => {
  it('is ready when the database answers', async () => {
    const res = await t.http().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', database: 'up' });
    expectSchema(ReadinessSchema, res.body);
  });

  it('needs no credentials, and a bad token does not get in the way', async () => {
    expect((await t.http().get('/readyz').set('authorization', 'Bearer nonsense')).status).toBe(200);
  });
});
