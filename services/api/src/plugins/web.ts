import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCode } from '@cep/shared';
import { AppError } from './errors.ts';

/** The script vendors paste with the badge's script snippet (web/public/embed.js). */
const EMBED_SCRIPT = 'embed.js';

/** Paths the API owns: an unknown one there is a problem+json 404, never the web app. */
const API_PREFIXES = ['/api/', '/badge/', '/credentials/', '/.well-known/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

/**
 * Serves the built web app from the same origin as the API. Files are served as they are; any
 * other GET (a deep link such as /verify/acme) gets index.html so the client-side router takes it.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, opts: { webDist: string }) => {
    const indexFile = path.join(opts.webDist, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ webDist: opts.webDist }, 'web app not built: run `npm run build` to serve it');
      return;
    }
    const indexHtml = await readFile(indexFile, 'utf8');
    // The web app's files are public: mark every route the static plugin adds, in its own scope.
    await app.register(async (files) => {
      files.addHook('onRoute', (route) => {
        route.config = { ...route.config, public: true };
      });
      await files.register(fastifyStatic, {
        root: opts.webDist,
        wildcard: false,
        index: false,
        setHeaders: (reply, file) => {
          // Vite puts content-hashed files under assets/: they never change, so cache them for a year.
          if (file.includes(`${path.sep}assets${path.sep}`)) void reply.header('cache-control', 'public, max-age=31536000, immutable');
          // The badge's script embed runs on vendors' sites: let any origin load it, and let a
          // change reach them within the hour.
          if (path.basename(file) === EMBED_SCRIPT) {
            void reply
              .header('cross-origin-resource-policy', 'cross-origin')
              .header('access-control-allow-origin', '*')
              .header('cache-control', 'public, max-age=3600');
          }
        },
      });
    });
    app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const url = request.url.split('?')[0] ?? '/';
      if (API_PREFIXES.some((prefix) => url.startsWith(prefix))) throw new AppError(ErrorCode.NotFound, `No route for GET ${url}`);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  },
  { name: 'web' },
);
