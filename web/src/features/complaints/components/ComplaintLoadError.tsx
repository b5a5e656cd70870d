import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/** Missing and not-yours are both 404 (as is a malformed id's 400): either way, nothing to show here. */
export function ComplaintLoadError({ error, onRetry, backTo }: { error: unknown; onRetry: () => void; backTo: string }) {
  if (isApiError(error) && (error.status === 404 || error.status === 400)) {
    return (
      <div className="error-state" role="alert">
        <p className="error-state-title">There is no such complaint</p>
        <p>
          It may not exist, or it is not visible to your account. <Link to={backTo}>Back to the complaints</Link>
        </p>
      </div>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
