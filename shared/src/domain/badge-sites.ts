/**
 * Where a badge is genuine: on the vendor's listed domains and their subdomains. The badge SVG, the
 * verification page ("you came from …") and the embed script all read it this way. (The embed
 * script, web/public/embed.js, runs on vendors' pages without a build step and repeats these two
 * lines; its test checks it agrees.)
 */

/** A listed domain covers itself and its subdomains (`acme.example` covers `www.acme.example`, not `notacme.example`). */
export function isListedHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The host of a URL or of a bare host name, lower case; null when there is none to read. */
export function hostOf(urlOrHost: string | null | undefined): string | null {
  if (!urlOrHost) return null;
  const text = urlOrHost.includes('://') ? urlOrHost : `https://${urlOrHost}`;
  try {
    return new URL(text).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export type SiteVerdict =
  /** The visitor came from one of the vendor's sites: the badge there is genuine. */
  | { kind: 'listed'; host: string }
  /** The visitor came from another site: a badge there is not genuine. */
  | { kind: 'unlisted'; host: string }
  /** No referring site to judge (typed address, privacy settings, our own pages). */
  | { kind: 'unknown' };

/**
 * What the verification page tells a visitor about the page they came from: the snippet's `from`
 * parameter when present, else the browser's referrer; the registry's own pages say nothing.
 */
export function siteVerdict(cameFrom: string | null | undefined, registryHost: string, domains: readonly string[]): SiteVerdict {
  const host = hostOf(cameFrom);
  if (!host || host === registryHost) return { kind: 'unknown' };
  return isListedHost(host, domains) ? { kind: 'listed', host } : { kind: 'unlisted', host };
}
