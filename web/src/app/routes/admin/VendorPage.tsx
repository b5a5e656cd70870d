import { Link, useParams } from 'react-router';
import { VendorBadge } from '../../../features/badges/components/VendorBadge.tsx';
import { VendorProfileEditor } from '../../../features/vendors/components/VendorProfileEditor.tsx';
import { useVendor } from '../../../features/vendors/hooks/useVendor.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function VendorPage() {
  const { id = '' } = useParams();
  const vendor = useVendor(id);
  const name = vendor.data?.vendor.name;
  usePageTitle(name ? `${name} · Vendors` : 'Vendor');
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/vendors">All vendors</Link>
      </p>
      <h1>{name ?? 'Vendor profile'}</h1>
      {vendor.data ? (
        <p className="muted">
          Public address: <Link to={`/verify/${vendor.data.vendor.slug}`}>/verify/{vendor.data.vendor.slug}</Link>
        </p>
      ) : null}
      {vendor.data ? (
        <section className="section" aria-labelledby="badge-heading">
          <h2 id="badge-heading">Badge</h2>
          <VendorBadge vendor={vendor.data.vendor} />
        </section>
      ) : null}
      <VendorProfileEditor vendorId={id} />
    </div>
  );
}
