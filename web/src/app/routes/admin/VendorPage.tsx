import { Link, useParams } from 'react-router';
import { VendorBadge } from '../../../features/badges/index.ts';
import { CheckpointCalendar, submissionHref } from '../../../features/checkpoints/index.ts';
import { WatchWarning } from '../../../features/complaints/index.ts';
import { AdminPledgePanel, AuditLog } from '../../../features/pledges/index.ts';
import { TeamMembers, useVendor, VendorProfileEditor } from '../../../features/vendors/index.ts';
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
      {/* The pledge, its log and the badge need the vendor to exist; a missing one is reported once, by the editor. */}
      {vendor.data ? (
        <>
          <section aria-labelledby="pledge-heading">
            <h2 id="pledge-heading">Pledge</h2>
            <WatchWarning vendorId={id} />
            <AdminPledgePanel vendorId={id} vendorName={vendor.data.vendor.name} />
          </section>
          <section aria-labelledby="checkpoints-heading">
            <h2 id="checkpoints-heading">Checkpoints</h2>
            <CheckpointCalendar vendorId={id} periodHref={(period) => submissionHref(id, period)} emptyHint={<p>The first period is the half-year in which the pledge becomes active.</p>} />
          </section>
          <section aria-labelledby="team-heading">
            <h2 id="team-heading">Team</h2>
            <p className="muted">When the owner has left, make another member the owner here.</p>
            <TeamMembers vendorId={id} canManage canResetTwoFactor />
          </section>
          <section className="section" aria-labelledby="badge-heading">
            <h2 id="badge-heading">Badge</h2>
            <VendorBadge vendor={vendor.data.vendor} />
          </section>
          <section aria-labelledby="audit-heading">
            <h2 id="audit-heading">Audit log</h2>
            <AuditLog vendorId={id} />
          </section>
          <h2>Profile</h2>
        </>
      ) : null}
      <VendorProfileEditor vendorId={id} />
    </div>
  );
}
