import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCode, type PublicPageData, type RenderedPage, type RenderPublicPage } from '@cep/shared';
import { AppError } from './errors.ts';

/** The script vendors paste with the badge's script snippet (web/public/embed.js). */
const EMBED_SCRIPT = 'embed.js';

/** Paths the API owns: an unknown one there is a problem+json 404, never the web app. */
const API_PREFIXES = ['/api/', '/badge/', '/credentials/', '/.well-known/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

const HEAD = /<!--page-head[^]*?<!--\/page-head-->/;
const ROOT = '<div id="root"></div>';

/** The shell with a page's head and markup in it, and the cache the markup came from for hydration. */
export function fillShell(indexHtml: string, page: RenderedPage): string {
  // JSON inside <script>: `<` escaped, so no text in the data can close the element.
  const state = page.state === null ? '' : `<script type="application/json" id="cep-state">${JSON.stringify(page.state).replace(/</g, '\\u003c')}</script>`;
  return indexHtml.replace(HEAD, () => page.head).replace(ROOT, () => `<div id="root">${page.html}</div>${state}`);
}

/** The web app's server entry (web/dist-ssr), when it was built. */
async function loadRenderer(entry: string): Promise<RenderPublicPage | null> {
  if (!existsSync(entry)) return null;
  const module = (await import(pathToFileURL(entry).href)) as { render: RenderPublicPage };
  return module.render;
}

/**
 * Serves the built web app from the same origin as the API. Files are served as they are; the
 * public pages people share (a vendor's verification page, the directory) are rendered here with
 * their content and link-preview tags; any other GET (a deep link such as /vendor/badge) gets
 * index.html so the client-side router takes it.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, opts: { webDist: string; ssrEntry: string; publicUrl: string; pages: PublicPageData }) => {
    const indexFile = path.join(opts.webDist, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ webDist: opts.webDist }, 'web app not built: run `npm run build` to serve it');
      return;
    }
    const indexHtml = await readFile(indexFile, 'utf8');
    const render = await loadRenderer(opts.ssrEntry);
    if (!render) app.log.warn('web app server entry not built: public pages are served without their content in the HTML');
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
      void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
      const page = render ? await render(request.url, opts.publicUrl, opts.pages) : null;
      return page ? reply.code(page.status).send(fillShell(indexHtml, page)) : reply.send(indexHtml);
    });
  },
  { name: 'web' },
);
