/**
 * Bench helper: the baseline, a bare Fastify server answering every request with one constant SVG
 * of the badge's size. Prints `READY <port>`. Argument: the body length in bytes.
 */
import Fastify from 'fastify';

const size = Number(process.argv[2] ?? 1500);
const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<!-- -->'.repeat(Math.max(0, Math.ceil((size - 46) / 8)))}</svg>`.slice(0, size - 6) + '</svg>';
const app = Fastify({ logger: false });
app.get('/badge.svg', async (_request, reply) => reply.type('image/svg+xml; charset=utf-8').send(svg));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
