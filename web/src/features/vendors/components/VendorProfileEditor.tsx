import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useVendor } from '../hooks/useVendor.ts';
import { ProfileForm } from './ProfileForm.tsx';

/** Loads a vendor and edits it: the same editor for the vendor's own people and for the admin. */
export function VendorProfileEditor({ vendorId }: { vendorId: string }) {
  const vendor = useVendor(vendorId);
  if (vendor.isPending) return <Spinner label="Loading the profile…" />;
  if (vendor.isError) {
    if (isApiError(vendor.error) && vendor.error.status === 404) return <ErrorState error={vendor.error} title="This vendor does not exist" />;
    return <ErrorState error={vendor.error} onRetry={() => void vendor.refetch()} />;
  }
  return (
    <ProfileForm
      key={vendorId}
      initial={vendor.data}
      vendorId={vendorId}
      reload={async () => {
        const fresh = await vendor.refetch();
        return fresh.isError ? undefined : fresh.data;
      }}
    />
  );
}
