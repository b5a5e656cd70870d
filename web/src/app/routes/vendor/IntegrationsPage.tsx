import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { ApiKeysPanel, WebhooksPanel } from '../../../features/integrations/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function VendorIntegrationsPage() {
  usePageTitle('Integrations');
  const user = useSession().data;
  if (!user?.vendorId) return <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />;
  return (
    <div className="page stack">
      <h1>Integrations</h1>
      <p>
        Connect your own tools: push ticket exports from your helpdesk, show your standing in your CRM, hear of complaints and deadlines as they happen. See{' '}
        <Link to="/developers">Developers</Link> for the API and examples.
      </p>
      {user.role === 'vendor_owner' ? (
        <>
          <ApiKeysPanel owner={{ vendorId: user.vendorId }} />
          <WebhooksPanel program={false} />
        </>
      ) : (
        <p className="notice">Only an owner of your vendor manages API keys and webhooks. Ask one of them to create what your integration needs.</p>
      )}
    </div>
  );
}
