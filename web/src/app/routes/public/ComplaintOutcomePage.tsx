import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { isLinkGone, LinkGone, OutcomeForm, useVendorResponse } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../../lib/format.ts';

/** Where the e-mail with the vendor's response leads: the response, and is the matter resolved? */
export function ComplaintOutcomePage() {
  usePageTitle('Is your complaint resolved?');
  const { token = '' } = useParams();
  const response = useVendorResponse(token);
  return (
    <div className="page narrow">
      <h1>Is your complaint resolved?</h1>
      <Loadable query={response} loading="Opening the response…" error={(error, retry) => (isLinkGone(error) ? <LinkGone /> : <ErrorState error={error} onRetry={retry} />)}>
        {(found) => (
          <>
            <p className="lead">
              {found.vendorName} responded to your complaint {found.reference}, “{found.subject}”, on {formatDateTime(found.respondedAt)}:
            </p>
            <blockquote className="vendor-response" data-testid="vendor-response">
              {found.response}
            </blockquote>
            {found.replies.map((reply) => (
              <div key={reply.at}>
                <p>It added on {formatDateTime(reply.at)}:</p>
                <blockquote className="vendor-response">{reply.body}</blockquote>
              </div>
            ))}
            <p>Tell us whether it resolved the matter. Without an answer within 30 days we consider it resolved.</p>
            <OutcomeForm token={token} />
          </>
        )}
      </Loadable>
    </div>
  );
}
