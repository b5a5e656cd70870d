import { badgeStatusOf, type Vendor } from '@cep/shared';
import { badgeAlt } from '../utils/embed-snippets.ts';
import { BadgeStatusTag } from './BadgeStatusTag.tsx';
import { BadgeViews } from './BadgeViews.tsx';
import { LiveBadge } from './LiveBadge.tsx';

/** The admin's view of a vendor's badge: how it looks now, and its views (small). */
export function VendorBadge({ vendor }: { vendor: Vendor }) {
  const status = badgeStatusOf(vendor.pledge?.state);
  return (
    <div className="stack">
      <p className="badge-line">
        <LiveBadge slug={vendor.slug} alt={badgeAlt(status)} /> <BadgeStatusTag status={status} />
      </p>
      <BadgeViews vendorId={vendor.id} compact />
    </div>
  );
}
