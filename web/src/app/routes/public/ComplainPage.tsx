import type { Verification } from '@cep/shared';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { isUnknownVendor, useVerification } from '../../../features/badges/index.ts';
import { FileComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** The complaint form on a page of its own, linked from the directory and the verification page. */
export function ComplainPage() {
  const { slug = '' } = useParams();
  const verification = useVerification(slug);
  const name = verification.data?.name;
  usePageTitle(name ? `File a complaint about ${name}` : 'File a complaint');
  return (
    <Loadable
      query={verification}
      loading="Looking up the vendor…"
      error={(error, retry) => (isUnknownVendor(error) ? <ComplaintPage slug={slug} verification={undefined} /> : <ErrorState error={error} onRetry={retry} />)}
    >
      {(found) => <ComplaintPage slug={slug} verification={found} />}
    </Loadable>
  );
}

/** The form for a member; for anyone else (or an unknown address), why the registry takes no complaint. */
function ComplaintPage({ slug, verification }: { slug: string; verification: Verification | undefined }) {
  const member = verification && verification.status !== 'not_member' ? verification : null;
  return (
    <div className="page narrow">
      <p className="breadcrumb">
        <Link to="/directory">Directory</Link>
        {verification ? (
          <>
            {' '}
            · <Link to={`/verify/${verification.slug}`}>{verification.name}</Link>
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
            {verification ? `${verification.name} is not a member of the program` : `No vendor with the address “${slug}” is in the registry`}: the registry
            takes complaints only about vendors with a pledge. <Link to="/directory">Search the directory</Link> for the vendor you mean, or{' '}
            <Link to="/directory#ask-to-join">ask it to join</Link>.
          </p>
        </>
      )}
    </div>
  );
}
