import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { useVerification } from '../../../features/badges/index.ts';
import { FileComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';

/** A slug no vendor has (404), or one that cannot be a slug at all (400). */
const isUnknownVendor = (error: unknown): boolean => isApiError(error) && (error.status === 404 || error.status === 400);

/** The complaint form on a page of its own, linked from the directory and the verification page. */
export function ComplainPage() {
  const { slug = '' } = useParams();
  const verification = useVerification(slug);
  const name = verification.data?.name;
  usePageTitle(name ? `File a complaint about ${name}` : 'File a complaint');

  if (verification.isPending) return <Spinner label="Looking up the vendor…" />;
  if (verification.isError && !isUnknownVendor(verification.error)) return <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />;
  const member = verification.data && verification.data.status !== 'not_member' ? verification.data : null;
  return (
    <div className="page narrow">
      <p className="breadcrumb">
        <Link to="/directory">Directory</Link>
        {verification.data ? (
          <>
            {' '}
            · <Link to={`/verify/${verification.data.slug}`}>{verification.data.name}</Link>
          </>
        ) : null}
      </p>
      {member ? (
        <>
          <h1>File a complaint about {member.name}</h1>
          <FileComplaint vendorSlug={member.slug} vendorName={member.name} />
        </>
      ) : (
        <>
          <h1>No complaints about this vendor</h1>
          <p data-testid="complaint-not-member">
            {verification.data ? `${verification.data.name} is not a member of the program` : `No vendor with the address “${slug}” is in the registry`}: the registry
            takes complaints only about vendors with a pledge. <Link to="/directory">Search the directory</Link> for the vendor you mean.
          </p>
        </>
      )}
    </div>
  );
}
