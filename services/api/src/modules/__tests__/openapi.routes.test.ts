import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { routeTable } from '../../../test/routes.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** SPEC §8 paths built so far, in OpenAPI's spelling. */
const SPEC_PATHS: Record<string, string[]> = {
  '/api/v1/auth/login': ['post'],
  '/api/v1/auth/refresh': ['post'],
  '/api/v1/auth/logout': ['post'],
  '/api/v1/me': ['get'],
  '/api/v1/applications': ['get', 'post'],
  '/api/v1/applications/{id}/approve': ['post'],
  '/api/v1/applications/{id}/reject': ['post'],
  '/api/v1/invitations/{token}/accept': ['post'],
  '/api/v1/vendors': ['get'],
  '/api/v1/vendors/{id}': ['get', 'patch'],
  '/api/v1/vendors/{id}/members': ['get', 'post'],
  '/api/v1/directory': ['get'],
  '/api/v1/categories': ['get'],
  '/api/v1/agreements/current': ['get'],
  '/api/v1/vendors/{id}/pledge': ['get'],
  '/api/v1/vendors/{id}/audit': ['get'],
  '/api/v1/vendors/{id}/checkpoints': ['get'],
  '/api/v1/vendors/{id}/checkpoints/{period}': ['put'],
  '/api/v1/vendors/{id}/checkpoints/{period}/submit': ['post'],
  '/api/v1/vendors/{id}/checkpoints/{period}/tickets': ['post'],
  '/api/v1/vendors/{id}/checkpoints/{period}/review': ['post'],
  '/api/v1/vendors/{id}/metrics': ['get'],
  '/api/v1/complaints': ['get', 'post'],
  '/api/v1/complaints/confirm': ['post'],
  '/api/v1/complaints/outcome': ['post'],
  '/api/v1/complaints/{id}': ['get'],
  '/api/v1/complaints/{id}/forward': ['post'],
  '/api/v1/complaints/{id}/dismiss': ['post'],
  '/api/v1/complaints/{id}/respond': ['post'],
  '/api/v1/watchlist': ['get'],
  '/healthz': ['get'],
  '/readyz': ['get'],
};

interface Operation {
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, unknown>;
  requestBody?: unknown;
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

describe('GET /openapi.json', () => {
  let doc: Document;
  beforeAll(async () => {
    const res = await t.http().get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    doc = res.body as Document;
  });

  it('is an OpenAPI 3 document with two ways to authenticate: a bearer access token and an API key', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: expect.any(String) });
    expect(doc.components.securitySchemes.apiKey).toEqual({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: expect.any(String) });
  });

  it('lists every path of the spec implemented so far, each with its methods', () => {
    const listed = Object.fromEntries(Object.entries(doc.paths).map(([path, ops]) => [path, Object.keys(ops).sort()]));
    for (const [path, methods] of Object.entries(SPEC_PATHS)) {
      expect({ path, methods: listed[path] ?? [] }).toEqual({ path, methods: expect.arrayContaining(methods) });
    }
  });

  it('documents every API route the app serves, with tags and problem responses', () => {
    const served = routeTable(t.app)
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented).toEqual(expect.arrayContaining(served));
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect({ at: `${method} ${path}`, tagged: (op.tags ?? []).length > 0, answers: Object.keys(op.responses ?? {}).length > 0 }).toEqual({ at: `${method} ${path}`, tagged: true, answers: true });
      }
    }
  });

  it('documents the ticket upload as a CSV body or a multipart file, though the route reads it as a stream', () => {
    const body = doc.paths['/api/v1/vendors/{id}/checkpoints/{period}/tickets']?.post?.requestBody as { content: Record<string, { schema: { type: string; required?: string[] } }> };
    expect(Object.keys(body.content).sort()).toEqual(['multipart/form-data', 'text/csv']);
    expect(body.content['multipart/form-data']?.schema.required).toEqual(['file']);
  });

  it('says per operation how to call it: no credentials, a bearer token, or also an API key with the scopes it accepts', () => {
    expect(doc.paths['/api/v1/auth/login']?.post?.security).toEqual([]);
    expect(doc.paths['/api/v1/applications']?.post?.security).toEqual([]);
    expect(doc.paths['/api/v1/directory']?.get?.security).toEqual([]);
    expect(doc.paths['/api/v1/vendors/{id}']?.patch?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/vendors/{id}/checkpoints/{period}']?.put?.security).toEqual([{ bearer: [] }, { apiKey: ['checkpoints:write'] }]);
    expect(doc.paths['/api/v1/complaints']?.get?.security).toEqual([{ bearer: [] }, { apiKey: ['complaints:read', 'admin:read'] }]);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) expect({ at: `${method} ${path}`, declared: Array.isArray(op.security) }).toEqual({ at: `${method} ${path}`, declared: true });
    }
    expect(doc.paths['/api/v1/vendors/{id}']?.patch?.responses).toEqual(expect.objectContaining({ '200': expect.anything(), '412': expect.anything(), '428': expect.anything() }));
  });
});

describe('GET /docs', () => {
  it('serves the interactive docs as HTML without credentials', async () => {
    const res = await t.http().get('/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toMatch(/swagger/i);
    const initializer = await t.http().get('/docs/static/swagger-initializer.js');
    expect(initializer.status).toBe(200);
  });

  it('gets the same security headers as every page of the app', async () => {
    const docs = await t.http().get('/docs').redirects(1);
    const home = await t.http().get('/healthz');
    for (const header of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'strict-transport-security', 'referrer-policy']) {
      expect({ header, docs: docs.headers[header] }).toEqual({ header, docs: home.headers[header] });
    }
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
