import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { VendorPledge } from '../../../features/pledges/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function PledgePage() {
  usePageTitle('Your pledge');
  const user = useSession().data;
  return (
    <div className="page">
      <h1>Your pledge</h1>
      <p className="lead">Where your Customer Excellence Pledge stands, and what it asks of you next.</p>
      {user?.vendorId ? <VendorPledge user={user} vendorId={user.vendorId} /> : <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />}
    </div>
  );
}
