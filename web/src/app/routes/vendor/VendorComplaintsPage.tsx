import { ComplaintListQuery } from '@cep/shared';
import { VendorComplaintList } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

export function VendorComplaintsPage() {
  usePageTitle('Complaints');
  const { pager } = useUrlFilters(ComplaintListQuery);
  return (
    <div className="page">
      <h1>Complaints</h1>
      <p className="lead">
        Customer complaints the registry forwarded to you. Respond to each within 10 business days: a complaint not answered in time counts against your pledge.
      </p>
      <VendorComplaintList pager={pager} />
    </div>
  );
}
