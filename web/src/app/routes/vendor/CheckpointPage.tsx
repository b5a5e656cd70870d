import { isPeriod, periodLabel } from '@cep/shared';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { SubmissionEditor } from '../../../features/checkpoints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function CheckpointPage() {
  const { period = '' } = useParams();
  const valid = isPeriod(period);
  usePageTitle(valid ? `Checkpoint ${period}` : 'Checkpoint');
  const vendorId = useSession().data?.vendorId;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/vendor/checkpoints">Checkpoint calendar</Link>
      </p>
      <h1>{valid ? `Checkpoint data for the ${periodLabel(period)} (${period})` : 'Checkpoint data'}</h1>
      {!valid ? (
        <ErrorState error={new Error('A period is named like 2026-H1 or 2026-H2.')} title="There is no such period" />
      ) : vendorId ? (
        <>
          <p className="lead">
            Your support figures for the half-year. Save a draft as often as you like; submit when everything is filled in. The program reviews the data and
            accepts it or returns it with notes.
          </p>
          <SubmissionEditor vendorId={vendorId} period={period} />
        </>
      ) : (
        <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />
      )}
    </div>
  );
}
