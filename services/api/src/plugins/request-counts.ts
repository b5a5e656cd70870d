/**
 * Answers of the hot public routes (badge, credential status), counted in memory instead of one log
 * line per request: at tens of thousands of views a second, a line each would be most of the work
 * and most of the log. `GET /metrics` prints them in the Prometheus text format.
 */
export interface RequestCounts {
  add(route: string, status: number): void;
  /** Prometheus exposition lines, one per route and status seen. */
  exposition(): string;
}

export function createRequestCounts(): RequestCounts {
  const counts = new Map<string, { route: string; status: number; n: number }>();
  return {
    add(route, status) {
      const key = `${route} ${status}`;
      const entry = counts.get(key);
      if (entry) entry.n++;
      else counts.set(key, { route, status, n: 1 });
    },
    exposition() {
      const lines = [
        '# HELP cep_hot_responses_total Answers of the badge and credential-status routes, by route and status (this process, since it started).',
        '# TYPE cep_hot_responses_total counter',
      ];
      for (const { route, status, n } of [...counts.values()].sort((a, b) => a.route.localeCompare(b.route) || a.status - b.status)) {
        lines.push(`cep_hot_responses_total{route="${route}",status="${status}"} ${n}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
