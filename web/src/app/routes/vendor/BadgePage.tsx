import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { BadgeDashboard } from '../../../features/badges/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function BadgePage() {
  usePageTitle('Badge');
  const vendorId = useSession().data?.vendorId;
  return (
    <div className="page">
      <h1>Your badge</h1>
      <p className="lead">Show buyers your live pledge status. The badge links to your public verification page.</p>
      {vendorId ? <BadgeDashboard vendorId={vendorId} /> : <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />}
    </div>
  );
}
