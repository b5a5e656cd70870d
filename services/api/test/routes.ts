import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

/**
 * Every (method, URL) the app serves, read from Fastify's own route tree (`printRoutes`), so a
 * route added tomorrow is walked without anyone listing it here. Lines look like
 * `│   ├── /:id/approve (POST)`: four characters of indentation per level, then the segment.
 */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  const prefixes: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const parent = prefixes[depth - 1] ?? '';
    const segment = match[2] ?? '';
    // The tree prints a wildcard child of `/docs` as `*`; the route is `/docs/*`.
    const url = segment === '*' && parent !== '' && !parent.endsWith('/') ? `${parent}/*` : parent + segment;
    prefixes[depth] = url;
    prefixes.length = depth + 1;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) routes.push({ method, url });
  }
  return routes;
}
