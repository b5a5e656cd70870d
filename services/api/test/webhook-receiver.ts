import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  json: { id: string; type: string; timestamp: string; vendor: { id: string; slug: string; name: string } | null; sequence: number | null; data: Record<string, unknown> };
}

/**
 * A real HTTP receiver on loopback, as an integrator would run one: it keeps every request and
 * answers with the next status of `script` (then 200), so a test can make it fail and recover.
 */
export async function startWebhookReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  script: number[];
  /** Verifies a received message with the `standardwebhooks` library, as a receiver would; throws when it does not verify. */
  verify(message: ReceivedWebhook, secret: string): unknown;
  stop(): Promise<void>;
}> {
  const received: ReceivedWebhook[] = [];
  const script: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body, json: JSON.parse(body) as ReceivedWebhook['json'] });
      const status = script.shift() ?? 200;
      if (status >= 300 && status < 400) response.setHeader('location', 'http://127.0.0.1:1/elsewhere');
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    script,
    verify: (message, secret) => new Webhook(secret).verify(message.body, message.headers),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
