import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { BadgeStatusTag, CameFrom, useVerification, VerificationDetails } from '../../../features/badges/index.ts';
import { FileComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';

/** A slug no vendor has (404), or one that cannot be a slug at all (400): either way, no member. */
const isUnknownVendor = (error: unknown): boolean => isApiError(error) && (error.status === 404 || error.status === 400);

/** The public page a badge links to: is this vendor a member, since when, and of which pledge? */
export function VerifyPage() {
  const { slug = '' } = useParams();
  const verification = useVerification(slug);
  const name = verification.data?.name;
  usePageTitle(name ? `Verify ${name}` : 'Verify a vendor');

  if (verification.isPending) return <Spinner label="Looking up the vendor…" />;
  if (verification.isError) {
    if (!isUnknownVendor(verification.error)) return <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />;
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
          <Link to="/directory">Search the directory</Link> for the vendor you are looking for.
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <p className="breadcrumb">
        <Link to="/directory">Directory</Link>
      </p>
      <h1>{verification.data.name}</h1>
      <CameFrom name={verification.data.name} status={verification.data.status} domains={verification.data.badgeDomains} />
      <VerificationDetails verification={verification.data} />
      {verification.data.status !== 'not_member' ? (
        <section className="section-block" aria-labelledby="complain-heading">
          <h2 id="complain-heading">File a complaint about {verification.data.name}</h2>
          <p>
            Did {verification.data.name} break a promise of its pledge? Tell the registry below, or{' '}
            <Link to={`/complain/${verification.data.slug}`}>file the complaint on a page of its own</Link>.
          </p>
          <FileComplaint vendorSlug={verification.data.slug} vendorName={verification.data.name} />
        </section>
      ) : null}
    </div>
  );
}
