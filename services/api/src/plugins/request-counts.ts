/**
 * Answers of the hot public routes (badge, credential status), counted in memory instead of one log
 * line per request: at tens of thousands of views a second, a line each would be most of the work
 * and most of the log. `GET /metrics` prints them in the Prometheus text format.
 */
export interface RequestCounts {
  add(route: string, status: number): void;
  /** A counter bound to one route and status, for the hot path: no key built per request. */
  counter(route: string, status: number): () => void;
  /** Prometheus exposition lines, one per route and status seen. */
  exposition(): string;
}

export function createRequestCounts(): RequestCounts {
  const counts = new Map<string, { route: string; status: number; n: number }>();
  function entryOf(route: string, status: number) {
    const key = `${route} ${status}`;
    let entry = counts.get(key);
    if (!entry) {
      entry = { route, status, n: 0 };
      counts.set(key, entry);
    }
    return entry;
  }
  return {
    add(route, status) {
      entryOf(route, status).n++;
    },
    counter(route, status) {
      const entry = entryOf(route, status);
      return () => {
        entry.n++;
      };
    },
    exposition() {
      const lines = [
        '# HELP cep_hot_responses_total Answers of the badge and credential-status routes, by route and status (this process, since it started).',
        '# TYPE cep_hot_responses_total counter',
      ];
      for (const { route, status, n } of [...counts.values()].filter((c) => c.n > 0).sort((a, b) => a.route.localeCompare(b.route) || a.status - b.status)) {
        lines.push(`cep_hot_responses_total{route="${route}",status="${status}"} ${n}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
