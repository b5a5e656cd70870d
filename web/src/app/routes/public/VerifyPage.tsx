import type { VerificationPage } from '@cep/shared';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { BadgeStatusTag, CameFrom, CustomerPromises, isUnknownVendor, useVerification, VerificationDetails } from '../../../features/badges/index.ts';
import { FileComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** The public page a badge links to: is this vendor a member, since when, and of which pledge? */
export function VerifyPage() {
  const { slug = '' } = useParams();
  const verification = useVerification(slug);
  const name = verification.data?.name;
  usePageTitle(name ? `Verify ${name}` : 'Verify a vendor');

  return (
    <Loadable
      query={verification}
      loading="Looking up the vendor…"
      error={(error, retry) => (isUnknownVendor(error) ? <NotMember slug={slug} /> : <ErrorState error={error} onRetry={retry} />)}
    >
      {(found) => <Standing verification={found} />}
    </Loadable>
  );
}

/** A member's (or a former member's) standing, and the complaint form for a member. */
function Standing({ verification }: { verification: VerificationPage }) {
  return (
    <div className="page narrow">
      <p className="breadcrumb">
        <Link to="/directory">Directory</Link>
      </p>
      <h1>{verification.name}</h1>
      <CameFrom name={verification.name} status={verification.status} domains={verification.badgeDomains} />
      <VerificationDetails verification={verification} />
      {verification.status !== 'not_member' ? <CustomerPromises name={verification.name} promises={verification} /> : null}
      {verification.status !== 'not_member' ? (
        <section className="section-block" aria-labelledby="complain-heading">
          <h2 id="complain-heading">File a complaint about {verification.name}</h2>
          <p>
            Did {verification.name} break a promise of its pledge? Tell the registry below, or{' '}
            <Link to={`/complain/${verification.slug}`}>file the complaint on a page of its own</Link>.
          </p>
          <FileComplaint vendorSlug={verification.slug} vendorName={verification.name} />
        </section>
      ) : null}
    </div>
  );
}

/** An address no vendor has: the badge that links here is not backed by a pledge. */
function NotMember({ slug }: { slug: string }) {
  return (
      <div className="page narrow">
        <p className="breadcrumb">
          <Link to="/directory">Directory</Link>
        </p>
        <h1>Not a member</h1>
        <div className="standing standing-not_member">
          <BadgeStatusTag status="not_member" large />
          <div>
            <p className="standing-headline">No vendor with this name</p>
            <p className="standing-detail">
              No vendor with the address “{slug}” is in the registry. A badge that links here is not backed by a pledge.
            </p>
          </div>
        </div>
        <p>
          <Link to="/directory">Search the directory</Link> for the vendor you are looking for. Not there? <Link to="/directory#ask-to-join">Ask it to join</Link>.
        </p>
      </div>
  );
}
