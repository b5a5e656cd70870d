import { siteVerdict, type BadgeStatus } from '@cep/shared';
import { useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';

const never = () => () => undefined;

/**
 * The page the visitor came from: the script snippet's `from` parameter, else the browser's
 * referrer (the HTML snippet). Both are only known in the browser: on the server, and during
 * hydration, this reads nothing, so the server's HTML and the first render agree.
 */
function useCameFrom(): { from: string | null; registryHost: string | null } {
  const [searchParams] = useSearchParams();
  const referrer = useSyncExternalStore(never, () => document.referrer, () => '');
  const registryHost = useSyncExternalStore(never, () => window.location.hostname.toLowerCase(), () => null);
  return { from: searchParams.get('from') || referrer || null, registryHost };
}

/**
 * Trust seals' click-to-verify: tells a buyer, in plain words, whether the badge they clicked
 * belongs on the page they came from.
 */
export function CameFrom({ name, status, domains }: { name: string; status: BadgeStatus; domains: readonly string[] }) {
  const { from, registryHost } = useCameFrom();
  if (!registryHost) return null;
  const verdict = siteVerdict(from, registryHost, domains);
  if (verdict.kind === 'unknown') return null;
  if (verdict.kind === 'unlisted') {
    return (
      <Alert tone="error" title={`You came from ${verdict.host}, which is not one of ${name}’s sites: the badge there is not genuine.`}>
        <p>
          {name} shows its badge only on the sites listed below. A copy on another site does not tell you anything about that site, whatever it says.
        </p>
      </Alert>
    );
  }
  if (status === 'not_member') {
    return (
      <Alert tone="warning" title={`You came from ${verdict.host}, one of ${name}’s sites — but ${name} is not a member of the pledge now.`}>
        <p>The badge there reads “not a member”. Its standing is below.</p>
      </Alert>
    );
  }
  return (
    <Alert tone="success" title={`You came from ${verdict.host} — this badge belongs there.`}>
      <p>
        {verdict.host} is one of {name}’s registered sites. The badge shows its live standing, below.
      </p>
    </Alert>
  );
}
