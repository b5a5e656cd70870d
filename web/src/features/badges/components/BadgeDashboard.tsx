import { BADGE_MESSAGES, badgeStatusOf } from '@cep/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { VendorCredential } from '../../credentials/index.ts';
import { useVendor } from '../../vendors/index.ts';
import { badgeAlt, type BadgeLookChoice, DEFAULT_LOOK, htmlSnippet, scriptSnippet } from '../utils/embed-snippets.ts';
import { LookPicker } from './LookPicker.tsx';
import { useBadgeStats } from '../hooks/useBadgeStats.ts';
import { BadgeDomainsList } from './BadgeDomainsList.tsx';
import { BadgeStatusTag } from './BadgeStatusTag.tsx';
import { BadgeViews } from './BadgeViews.tsx';
import { EmbedSnippet } from './EmbedSnippet.tsx';
import { LiveBadge } from './LiveBadge.tsx';

/** How soon a change shows, as this registry is deployed (behind a CDN or not). */
function freshness(sharedMaxAge: number | null): string {
  const shields = 'Shown through shields.io, it follows within five minutes.';
  return sharedMaxAge
    ? `A change to your pledge shows on your site within ${sharedMaxAge} seconds (the registry's cache delay). ${shields}`
    : `Browsers ask the registry again each time a page shows it, so a change to your pledge shows on the next page view. ${shields}`;
}

/** The vendor's badge: what it shows now, the code to embed it, where it counts as genuine, and its views. */
export function BadgeDashboard({ vendorId }: { vendorId: string }) {
  const vendor = useVendor(vendorId);
  const [look, setLook] = useState<BadgeLookChoice>(DEFAULT_LOOK);
  const stats = useBadgeStats(vendorId);
  return (
    <Loadable query={vendor} loading="Loading your badge…" notFound="This vendor does not exist">
      {(profile) => {
        const { slug, badgeDomains, pledge } = profile.vendor;
        const status = badgeStatusOf(pledge?.state);
        // The app is served by the registry itself: its origin is where badges and embed.js live.
        const origin = window.location.origin;
        return (
          <div className="stack">
            <section className="section" aria-labelledby="badge-preview-heading">
              <h2 id="badge-preview-heading">Your badge now</h2>
              <p className="badge-line badge-preview">
                <LiveBadge slug={slug} alt={badgeAlt(status)} /> <BadgeStatusTag status={status} />
              </p>
              {status === 'not_member' ? (
                <Alert tone="warning" title="Your badge says “not a member”">
                  <p>
                    It turns green once your pledge is signed and active. <Link to="/vendor/profile">Back to your profile</Link>
                  </p>
                </Alert>
              ) : (
                <p className="muted">
                  The badge reads “{BADGE_MESSAGES[status]}” on your listed sites. {freshness(stats.data?.sharedMaxAge ?? null)} It links to your public verification page,{' '}
                  <Link to={`/verify/${slug}`}>{`${origin}/verify/${slug}`}</Link>.
                </p>
              )}
            </section>

            <section className="section" aria-labelledby="badge-embed-heading">
              <h2 id="badge-embed-heading">Embed it on your site</h2>
              <LookPicker look={look} onChange={setLook} />
              <div className={`badge-look-preview badge-look-${look.theme}`} role="group" aria-label="Preview of the chosen look">
                <LiveBadge slug={slug} alt={`Preview: ${badgeAlt(status)}`} link={false} look={look} />
              </div>
              <EmbedSnippet
                title="HTML snippet"
                copyLabel="Copy the HTML snippet"
                description="Works on any page, with no script: paste it where the badge should appear."
                code={htmlSnippet(origin, slug, look)}
              />
              <EmbedSnippet
                title="Script snippet"
                copyLabel="Copy the script snippet"
                description="A small script, loaded without slowing your page, draws the same linked badge into the span. It sets no cookies."
                code={scriptSnippet(origin, slug, look)}
              />
            </section>

            <section className="section" aria-labelledby="badge-domains-heading">
              <h2 id="badge-domains-heading">Where the badge is genuine</h2>
              <p className="field-hint">
                On these sites and their subdomains the badge shows your state. Anywhere else it reads “unverified site”, so a copied badge gives itself away.
              </p>
              <BadgeDomainsList domains={badgeDomains} label="Your badge domains" emptyText="No domains listed yet: the badge reads “unverified site” on every other site." />
              <p>
                <Link to="/vendor/profile">Edit the badge domains in your profile</Link>
              </p>
            </section>

            <section className="section" aria-labelledby="badge-credential-heading">
              <h2 id="badge-credential-heading">Your signed credential</h2>
              <VendorCredential vendorId={vendorId} slug={slug} />
            </section>

            <section className="section" aria-labelledby="badge-views-heading">
              <h2 id="badge-views-heading">Badge views</h2>
              <BadgeViews vendorId={vendorId} />
            </section>
          </div>
        );
      }}
    </Loadable>
  );
}
