import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@cep/shared';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` for routes that create things (`config: { idempotent: true }`). The first
 * request with a key reserves it (a row with the primary key scope+key, so two concurrent retries
 * cannot both pass); its answer is stored; a retry gets the stored answer with
 * `Idempotent-Replayed: true`. A key reused with another body is 422; one still running is 409.
 * Answers of 5xx are not stored, so a retry after a failure really retries.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, opts: { db: DataSource }) => {
    const { db } = opts;
    app.decorateRequest('idempotency', null);

    app.addHook('preHandler', async (request, reply) => {
      if (!request.routeOptions.config.idempotent) return;
      const header = request.headers['idempotency-key'];
      if (header === undefined) return;
      const key = Array.isArray(header) ? header[0] : header;
      if (!key || !KEY_PATTERN.test(key)) {
        throw new AppError(ErrorCode.ValidationFailed, 'Idempotency-Key must be 1–200 visible ASCII characters', [
          { field: 'idempotency-key', in: 'headers', message: 'must be 1–200 visible ASCII characters' },
        ]);
      }
      const caller = request.principal ? `user:${request.principal.userId}` : `ip:${request.ip}`;
      const scope = `${caller} ${request.method} ${request.routeOptions.url}`;
      const requestHash = createHash('sha256').update(request.url).update('\n').update(JSON.stringify(request.body ?? null)).digest('hex');
      const inserted: unknown[] = await db.query(
        `INSERT INTO idempotency_key (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
        [scope, key, requestHash],
      );
      if (inserted.length > 0) {
        request.idempotency = { scope, key };
        return;
      }
      const [stored] = (await db.query(`SELECT request_hash, status_code, response_body FROM idempotency_key WHERE scope = $1 AND key = $2`, [scope, key])) as {
        request_hash: string;
        status_code: number | null;
        response_body: unknown;
      }[];
      if (!stored) throw new AppError(ErrorCode.IdempotencyInProgress, 'Retry in a moment');
      if (stored.request_hash !== requestHash) throw new AppError(ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used for a different request');
      if (stored.status_code === null) throw new AppError(ErrorCode.IdempotencyInProgress, undefined, undefined, { 'retry-after': '1' });
      return reply
        .code(stored.status_code)
        .header('idempotent-replayed', 'true')
        .type(stored.status_code >= 400 ? 'application/problem+json' : 'application/json')
        .serializer((body: unknown) => JSON.stringify(body))
        .send(stored.response_body);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const reservation = request.idempotency;
      if (!reservation) return payload;
      request.idempotency = null;
      if (reply.statusCode >= 500) {
        await db.query(`DELETE FROM idempotency_key WHERE scope = $1 AND key = $2`, [reservation.scope, reservation.key]);
      } else {
        await db.query(`UPDATE idempotency_key SET status_code = $3, response_body = $4 WHERE scope = $1 AND key = $2`, [
          reservation.scope,
          reservation.key,
          reply.statusCode,
          typeof payload === 'string' ? payload : null,
        ]);
      }
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['auth'] },
);
