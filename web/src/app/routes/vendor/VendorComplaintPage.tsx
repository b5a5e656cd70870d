import { Link, useParams } from 'react-router';
import { useComplaint, VendorComplaintDetail } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function VendorComplaintPage() {
  const { id = '' } = useParams();
  const reference = useComplaint(id).data?.reference;
  usePageTitle(reference ? `Complaint ${reference}` : 'Complaint');
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/vendor/complaints">Complaints</Link>
      </p>
      <h1>{reference ? `Complaint ${reference}` : 'Complaint'}</h1>
      <VendorComplaintDetail id={id} />
    </div>
  );
}
