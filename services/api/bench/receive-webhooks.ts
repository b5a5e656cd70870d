/**
 * Bench helper for `npm run bench:integrations`: an integrator's webhook receiver on loopback, in
 * its own process so that receiving does not slow the load generator's clock. Counts distinct
 * signed messages (`webhook-id` with a `webhook-signature`), answers 204, prints `READY <port>`,
 * then `COUNT <signed> <unsigned>` every 100 ms.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const seen = new Set<string>();
let unsigned = 0;
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const id = request.headers['webhook-id'];
    if (typeof id === 'string' && typeof request.headers['webhook-signature'] === 'string') seen.add(id);
    else unsigned += 1;
    response.writeHead(204).end();
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`);
  setInterval(() => console.log(`COUNT ${seen.size} ${unsigned}`), 100);
});
