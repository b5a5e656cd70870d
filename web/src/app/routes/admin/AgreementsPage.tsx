import { AgreementVersions, PublishAgreementForm, useAgreements } from '../../../features/pledges/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function AgreementsPage() {
  usePageTitle('Agreement versions');
  const agreements = useAgreements();
  return (
    <div className="page">
      <h1>Agreement versions</h1>
      <p className="lead">The text vendors sign. Each version is kept as published, with the SHA-256 of its text; a signature always names the version it is for.</p>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <AgreementVersions />
      </section>
      <PublishAgreementForm latest={agreements.data?.[0]} />
    </div>
  );
}
