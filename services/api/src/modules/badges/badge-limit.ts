/**
 * A fixed-window request counter per client for the badge. Lighter than the general rate-limit
 * plugin (one Map update, no response headers) because it runs on every badge view; generous
 * enough that normal embeds never meet it, so one misbehaving page cannot starve the API.
 * Returns 0 when the request may pass, else the seconds until the window resets.
 */
export function createWindowLimiter(max: number, windowMs: number): (client: string) => number {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return (client) => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      counts = new Map();
    }
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    return count > max ? Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) : 0;
  };
}
