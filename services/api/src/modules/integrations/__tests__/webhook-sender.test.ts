import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedLookup, sendWebhook } from '../webhook-sender.ts';

const strict = { strict: true, allowedHosts: [] };
const message = { id: 'msg_1', body: '{"type":"webhook.test"}', secrets: [`whsec_${Buffer.alloc(32, 1).toString('base64')}`] };

let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    request.resume();
    // A receiver that answers far more than anyone needs to read.
    response.writeHead(200).end('x'.repeat(1024 * 1024));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

describe('sending a webhook', () => {
  it('refuses, under production rules, a name that resolves to a non-public address — checked on the resolved address', async () => {
    const error = await new Promise<Error | null>((resolve) => guardedLookup('localhost', strict)('localhost', {}, (e) => resolve(e)));
    expect(error?.message).toMatch(/^localhost resolves to .+, which is not a public address$/);
    const allowed = await new Promise<Error | null>((resolve) => guardedLookup('localhost', { strict: true, allowedHosts: ['localhost'] })('localhost', {}, (e) => resolve(e)));
    expect(allowed).toBeNull();
  });

  it('never sends to a refused URL', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/hooks`, message, strict);
    expect(result).toEqual({ statusCode: null, latencyMs: 0, ok: false, error: expect.stringMatching(/^The URL must use https/) });
  });

  it('reads only the start of a long answer and reports the status', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/hooks`, message, { strict: false, allowedHosts: [] });
    expect(result).toMatchObject({ ok: true, statusCode: 200, error: null });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const result = await sendWebhook(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, message, { strict: false, allowedHosts: [] }, 200);
      expect(result).toMatchObject({ ok: false, statusCode: null, error: 'No answer within 0.2 s' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
