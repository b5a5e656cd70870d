import { periodLabel, type Verification } from '@cep/shared';
import { formatCalendarDate } from '../../../lib/format.ts';
import { categoryName, useCategories } from '../../vendors/index.ts';
import { badgeAlt } from '../utils/embed-snippets.ts';
import { BadgeDomainsList } from './BadgeDomainsList.tsx';
import { LiveBadge } from './LiveBadge.tsx';
import { PledgeStanding } from './PledgeStanding.tsx';
import { SignedPledge } from './SignedPledge.tsx';

/** Everything the public may know about a vendor's pledge (SPEC §7), and nothing more. */
export function VerificationDetails({ verification }: { verification: Verification }) {
  const categories = useCategories();
  const { name, slug, website, category, status, agreement, lastCheckedPeriod, nextDueDate, badgeDomains } = verification;
  const member = status !== 'not_member';
  return (
    <div className="stack">
      <PledgeStanding verification={verification} />
      <p className="badge-line">
        <span className="muted">Its live badge:</span> <LiveBadge slug={slug} alt={badgeAlt(status)} link={false} />
      </p>
      <dl className="facts">
        <dt>Web site</dt>
        <dd>
          <a href={website} rel="noopener noreferrer">
            {website}
          </a>
        </dd>
        <dt>Category</dt>
        <dd>{categoryName(categories.data, category)}</dd>
        {member ? (
          <>
            <dt>Last period checked</dt>
            <dd>{lastCheckedPeriod ? `${periodLabel(lastCheckedPeriod)} (${lastCheckedPeriod})` : 'None yet'}</dd>
            <dt>Next data due</dt>
            <dd>{nextDueDate ? (
                <>
                  {/* A date in the past is data still owed: say so rather than show a stale "next". */}
                  {nextDueDate < new Date().toISOString().slice(0, 10) ? 'Overdue since ' : null}
                  <time dateTime={nextDueDate}>{formatCalendarDate(nextDueDate)}</time>
                </>
              ) : status === 'suspended' ? (
                'Nothing is due while the pledge is suspended'
              ) : (
                'Not scheduled'
              )}</dd>
          </>
        ) : null}
      </dl>
      {member ? (
        <>
          <section className="section" aria-labelledby="badge-domains-heading">
            <h2 id="badge-domains-heading">Where its badge is genuine</h2>
            <p className="field-hint">
              This badge is genuine only on these sites and their subdomains. Shown anywhere else, it reads “unverified site”.
            </p>
            <BadgeDomainsList domains={badgeDomains} label={`Badge domains of ${name}`} emptyText="No sites listed: the badge reads “unverified site” wherever it appears." />
          </section>
          {agreement ? <SignedPledge agreement={agreement} /> : null}
        </>
      ) : null}
    </div>
  );
}
