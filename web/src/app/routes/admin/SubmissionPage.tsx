import { isPeriod, periodLabel } from '@cep/shared';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { AdminSubmissionReview } from '../../../features/checkpoints/index.ts';
import { useVendor } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function SubmissionPage() {
  const { id = '', period = '' } = useParams();
  const valid = isPeriod(period);
  const name = useVendor(id).data?.vendor.name;
  usePageTitle(`${name ?? 'Vendor'} ${period} · Checkpoint reviews`);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/reviews">Checkpoint reviews</Link> · <Link to={`/admin/vendors/${id}`}>{name ?? 'Vendor profile'}</Link>
      </p>
      <h1>{valid ? `${name ?? 'Vendor'}: checkpoint data for the ${periodLabel(period)} (${period})` : 'Checkpoint data'}</h1>
      {valid ? <AdminSubmissionReview vendorId={id} period={period} /> : <ErrorState error={new Error('A period is named like 2026-H1 or 2026-H2.')} title="There is no such period" />}
    </div>
  );
}
