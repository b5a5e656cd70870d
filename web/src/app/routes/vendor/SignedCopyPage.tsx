import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { SignedCopy, usePledge } from '../../../features/pledges/index.ts';
import { useVendor } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

function SignedCopyOf({ vendorId }: { vendorId: string }) {
  const pledge = usePledge(vendorId);
  const vendor = useVendor(vendorId);
  return (
    <Loadable query={pledge} loading="Loading the signed copy…">
      {({ signature }) =>
        signature ? (
          <Loadable query={vendor} loading="Loading the signed copy…">
            {({ vendor: { name } }) => (
              <>
                <div className="form-actions no-print">
                  <Button onClick={() => window.print()}>Print</Button>
                  <span className="muted">or save it as a PDF from the print dialog.</span>
                </div>
                <SignedCopy vendorName={name} signature={signature} />
              </>
            )}
          </Loadable>
        ) : (
          <EmptyState title="The pledge is not signed yet">
            <p>
              An owner signs it on the <Link to="/vendor/pledge">pledge page</Link>; the signed copy appears here afterwards.
            </p>
          </EmptyState>
        )
      }
    </Loadable>
  );
}

export function SignedCopyPage() {
  usePageTitle('Signed copy');
  const vendorId = useSession().data?.vendorId;
  return (
    <div className="page">
      <p className="breadcrumb no-print">
        <Link to="/vendor/pledge">Your pledge</Link>
      </p>
      <h1>Signed copy</h1>
      {vendorId ? <SignedCopyOf vendorId={vendorId} /> : <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />}
    </div>
  );
}
