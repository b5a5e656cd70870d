/**
 * Where a webhook may be sent (outbound safety). A registry that POSTs to any URL it is given can be
 * turned against the network it runs in, so in production only public addresses are called, checked
 * after DNS resolution (the address connected to is the one checked), unless listed in an allowlist
 * (tests, on-premises receivers).
 */

/** Parses a dotted IPv4 address into its four bytes, or null. */
function ipv4Bytes(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** True for addresses that are not on the public internet: private, loopback, link-local, shared, multicast, reserved. */
export function isNonPublicAddress(address: string): boolean {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  const v4 = ipv4Bytes(mapped?.[1] ?? lower);
  if (v4) {
    const [a = 0, b = 0] = v4;
    return (
      a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19))
    );
  }
  if (!lower.includes(':')) return false;
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

export const isLoopbackHost = (host: string): boolean => {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
};

export interface TargetPolicy {
  /** Production's rules: https only and public addresses only (WEBHOOK_STRICT_TARGETS, on in production). */
  strict: boolean;
  /** Host names or IP addresses that may be called whatever they resolve to. */
  allowedHosts: readonly string[];
}

/** Why a URL may not receive webhooks (before any DNS lookup), or null when it may. */
export function urlRefusal(url: string, policy: TargetPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  const host = parsed.hostname.toLowerCase();
  const allowed = policy.allowedHosts.includes(host);
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  if (parsed.protocol === 'http:') {
    if (!allowed && (policy.strict || !isLoopbackHost(host))) return 'must use https (http is accepted only for a local receiver during development)';
  } else if (parsed.protocol !== 'https:') return 'must use https';
  if (policy.strict && !allowed && (isLoopbackHost(host) || isNonPublicAddress(host))) return 'must be a public address';
  return null;
}

/** Whether a resolved address may be connected to for `host`. */
export function addressAllowed(host: string, address: string, policy: TargetPolicy): boolean {
  if (!policy.strict || policy.allowedHosts.includes(host.toLowerCase()) || policy.allowedHosts.includes(address)) return true;
  return !isNonPublicAddress(address);
}
