import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { CheckpointCalendar, CheckpointHistory, vendorPeriodHref } from '../../../features/checkpoints/index.ts';
import { useSession } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function CheckpointsPage() {
  usePageTitle('Checkpoints');
  const vendorId = useSession().data?.vendorId;
  return (
    <div className="page">
      <h1>Checkpoint calendar</h1>
      <p className="lead">
        Every half-year you report your support figures to the program. A period’s data is due 30 days after it ends; reminders come 14 and 3 days before. Open a
        period to enter its data.
      </p>
      {vendorId ? (
        <>
          <CheckpointCalendar vendorId={vendorId} periodHref={vendorPeriodHref} />
          <section className="section-block" aria-labelledby="history-heading">
            <h2 id="history-heading">History and trends</h2>
            <CheckpointHistory vendorId={vendorId} periodHref={vendorPeriodHref} />
          </section>
        </>
      ) : (
        <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />
      )}
    </div>
  );
}
