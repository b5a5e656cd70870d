import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { addressAllowed, type TargetPolicy, urlRefusal } from '@cep/shared';

/** A receiver gets this long to answer (headers and the start of the body). */
export const SEND_TIMEOUT_MS = 10_000;
/** What is read of a receiver's answer; the rest is dropped (a receiver may answer with anything). */
const MAX_RESPONSE_BYTES = 4096;

export interface OutgoingMessage {
  /** `webhook-id`: the event's id, the same on every attempt and redelivery. */
  id: string;
  body: string;
  /** Every secret currently valid: the current one and, for 24 h after a rotation, the previous. */
  secrets: string[];
}

export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  /** Why it failed: a transport error, a refusal, or the status; null on a 2xx. */
  error: string | null;
  ok: boolean;
}

/** The Standard Webhooks headers: one `v1,<signature>` per valid secret, space-separated. */
export function signedHeaders(message: OutgoingMessage, at: Date): Record<string, string> {
  const signatures = message.secrets.map((secret) => new Webhook(secret).sign(message.id, at, message.body));
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/**
 * DNS resolution that refuses, under a strict policy, an address that is not public: the check is
 * made on the address the socket connects to, so a host that resolves differently on a second
 * lookup (DNS rebinding) gains nothing.
 */
export function guardedLookup(host: string, policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !addressAllowed(host, a.address, policy));
      if (refused) return callback(Object.assign(new Error(`${host} resolves to ${refused.address}, which is not a public address`), { code: 'EREFUSED_TARGET' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${host} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * POSTs one signed message. Never follows a redirect (a 3xx is a failure: the receiver must give
 * its final URL), never waits longer than 10 s, never reads more than 4 KB of the answer. The
 * signature's timestamp is the wall clock, not the app's clock: receivers compare it with theirs to
 * refuse replays.
 */
export function sendWebhook(url: string, message: OutgoingMessage, policy: TargetPolicy, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refusal = urlRefusal(url, policy);
  if (refusal) return Promise.resolve({ statusCode: null, latencyMs: 0, error: `The URL ${refusal}`, ok: false });
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, latencyMs: elapsed() });
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup(target.hostname.toLowerCase(), policy),
        headers: { 'content-type': 'application/json', 'user-agent': 'cep-registry-webhooks/1', ...signedHeaders(message, new Date()) },
        timeout: timeoutMs,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () => {
          const ok = status >= 200 && status < 300;
          finish({ statusCode: status, ok, error: ok ? null : status >= 300 && status < 400 ? `Redirect (${status}) not followed` : `HTTP ${status}` });
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)));
    request.on('error', (error) => finish({ statusCode: null, ok: false, error: error.message }));
    request.end(message.body);
  });
}
