/**
 * Bench helper: the baseline, a bare Fastify server (no logger, no hooks) answering with the
 * badge's own bytes and headers, and with the badge's own 304 when If-None-Match matches its ETag —
 * the least any Fastify route can do for the same answers. Reads BASELINE_BODY, BASELINE_HEADERS
 * and BASELINE_304_HEADERS (JSON); prints `READY <port>`.
 */
import Fastify from 'fastify';

const body = process.env.BASELINE_BODY ?? '<svg xmlns="http://www.w3.org/2000/svg"/>';
const headers = JSON.parse(process.env.BASELINE_HEADERS ?? '{}') as Record<string, string>;
const notModified = JSON.parse(process.env.BASELINE_304_HEADERS ?? '{}') as Record<string, string>;
const etag = headers.etag ?? '"baseline"';
const app = Fastify({ logger: false });
app.get('/badge.svg', (request, reply) => {
  if (request.headers['if-none-match'] === etag) return reply.code(304).headers(notModified).send();
  return reply.headers(headers).send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
