import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { useVendorHome, VendorHomeView } from '../../../features/home/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Where a vendor lands after signing in: its standing and what to do next. */
export function VendorHomePage() {
  usePageTitle('Home');
  const user = useSession().data;
  if (!user?.vendorId) return <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />;
  return <VendorHome vendorId={user.vendorId} />;
}

function VendorHome({ vendorId }: { vendorId: string }) {
  const home = useVendorHome(vendorId);
  return (
    <div className="page">
      <Loadable query={home} loading="Loading your to-do list…">
        {(data) => (
          <>
            <h1>{data.vendorName}</h1>
            <VendorHomeView home={data} />
          </>
        )}
      </Loadable>
    </div>
  );
}
