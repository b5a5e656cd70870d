import { useParams } from 'react-router';
import { ConfirmComplaint } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Where the confirmation e-mail's one-time link leads. */
export function ConfirmComplaintPage() {
  usePageTitle('Confirm your complaint');
  const { token = '' } = useParams();
  return (
    <div className="page narrow">
      <h1>Confirm your complaint</h1>
      <ConfirmComplaint token={token} />
    </div>
  );
}
