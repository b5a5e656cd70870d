import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useVendorCredential } from '../hooks/useCredentials.ts';

/** Saves the credential as a JSON file: the signed JWT and, for people, what it says. */
function download(name: string, content: object): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The vendor's signed membership credential: what it is, until when, a link and a download. */
export function VendorCredential({ vendorId, slug }: { vendorId: string; slug: string }) {
  const credential = useVendorCredential(vendorId);
  return (
    <Loadable
      query={credential}
      loading="Loading your credential…"
      notFound={<p className="muted">You get a signed credential while your pledge is active. Sign the pledge, or bring your checkpoint data up to date, and it appears here.</p>}
    >
      {(issued) => {
        const { url, jwt, issuedAt, expiresAt, lastCheckedPeriod } = issued;
        return (
        <div className="stack">
          <p>
            A credential signed by the registry (Open Badges 3.0), issued <time dateTime={issuedAt}>{formatDate(issuedAt)}</time>, valid until{' '}
            <time dateTime={expiresAt}>{formatDate(expiresAt)}</time>
            {lastCheckedPeriod ? `, last period checked ${lastCheckedPeriod}` : ''}. Anyone can check it with the registry’s published keys, without trusting this site; it
            stops verifying at once if your pledge is suspended or ends. A new one is issued after each accepted period.
          </p>
          <p>
            Its address: <a href={url}>{url}</a>
          </p>
          <div className="form-actions">
            <Button variant="secondary" onClick={() => download(`cep-credential-${slug}.json`, { jwt, credential: issued.credential })}>
              Download the credential (JSON)
            </Button>
          </div>
          <p className="field-hint">
            Buyers can paste or upload it on <Link to="/verify">the registry’s credential check</Link>.
          </p>
        </div>
        );
      }}
    </Loadable>
  );
}
