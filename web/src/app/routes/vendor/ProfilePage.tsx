import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { VendorProfileEditor } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function ProfilePage() {
  usePageTitle('Profile');
  const vendorId = useSession().data?.vendorId;
  return (
    <div className="page">
      <h1>Your vendor profile</h1>
      <p className="lead">What buyers see in the directory, and the support promises your data is measured against.</p>
      {vendorId ? <VendorProfileEditor vendorId={vendorId} /> : <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />}
    </div>
  );
}
