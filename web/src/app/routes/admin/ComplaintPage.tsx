import { Link, useParams } from 'react-router';
import { AdminComplaintDetail, useComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function ComplaintPage() {
  const { id = '' } = useParams();
  const reference = useComplaint(id).data?.reference;
  usePageTitle(reference ? `Complaint ${reference}` : 'Complaint');
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/complaints">Complaints</Link>
      </p>
      <h1>{reference ? `Complaint ${reference}` : 'Complaint'}</h1>
      <AdminComplaintDetail id={id} />
    </div>
  );
}
