import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useVendor } from '../hooks/useVendor.ts';
import { ProfileForm } from './ProfileForm.tsx';

/** Loads a vendor and edits it: the same editor for the vendor's own people and for the admin. */
export function VendorProfileEditor({ vendorId }: { vendorId: string }) {
  const vendor = useVendor(vendorId);
  return (
    <Loadable query={vendor} loading="Loading the profile…" notFound="This vendor does not exist">
      {(profile) => (
        <ProfileForm
          key={vendorId}
          initial={profile}
          vendorId={vendorId}
          reload={async () => {
            const fresh = await vendor.refetch();
            return fresh.isError ? undefined : fresh.data;
          }}
        />
      )}
    </Loadable>
  );
}
