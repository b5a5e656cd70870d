import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface StaticSite {
  /** The page's address, e.g. http://localhost:41234/ */
  url: string;
  /** The host the browser sends as the Referer's: what the badge statistics list. */
  host: string;
  close(): Promise<void>;
}

/**
 * "Another site" for the embed tests: `files` written to a temp folder and served by a tiny HTTP
 * server on 127.0.0.1 at a free port. The page is addressed as `localhost`, because the registry
 * under test runs at 127.0.0.1 and the badge counts the registry's own host as verified whatever the
 * port: only another host name makes the page a foreign site.
 */
export async function serveStaticSite(files: Record<string, string>): Promise<StaticSite> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cep-e2e-site-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  const server = http.createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0]?.replace(/^\//, '') || 'index.html';
    // Only the files this site was given: nothing else on the disk is reachable by name.
    if (!(name in files)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(path.join(dir, name)).then(
      (body) => response.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    host: 'localhost',
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A vendor's page with badge snippets pasted in, each in a block with an id the tests look in. */
export function pageWithSnippets(snippets: Record<string, string>): string {
  const blocks = Object.entries(snippets)
    .map(([id, html]) => `<p id="${id}">Our pledge: ${html}</p>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>A vendor’s own site</title></head>
  <body>
    <h1>Support at a vendor</h1>
    ${blocks}
  </body>
</html>
`;
}
