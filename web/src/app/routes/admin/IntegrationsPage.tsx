import { Link } from 'react-router';
import { ApiKeysPanel, WebhooksPanel } from '../../../features/integrations/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function AdminIntegrationsPage() {
  usePageTitle('Integrations');
  return (
    <div className="page stack">
      <h1>Integrations</h1>
      <p>
        Program-wide access for marketplaces and the program’s own pages: read-only keys that see every vendor, and endpoints that receive every vendor’s events. Vendors manage their own keys
        and endpoints. See <Link to="/developers">Developers</Link> for the API and examples.
      </p>
      <ApiKeysPanel owner={{ vendorId: null }} />
      <WebhooksPanel program />
    </div>
  );
}
