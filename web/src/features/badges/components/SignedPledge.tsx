import type { Verification } from '@cep/shared';
import { formatDate } from '../../../lib/format.ts';

type Agreement = NonNullable<Verification['agreement']>;

/** The pledge text the vendor signed, its version and fingerprint; the long text folds away. */
export function SignedPledge({ agreement }: { agreement: Agreement }) {
  return (
    <section className="section" aria-labelledby="signed-pledge-heading">
      <h2 id="signed-pledge-heading">The pledge it signed</h2>
      <dl className="facts">
        <dt>Version</dt>
        <dd>
          Version {agreement.version}, “{agreement.title}”
        </dd>
        <dt>Signed on</dt>
        <dd>
          <time dateTime={agreement.signedAt}>{formatDate(agreement.signedAt)}</time>
        </dd>
        <dt>SHA-256 of the text</dt>
        <dd>
          <code className="hash">{agreement.textSha256}</code>
        </dd>
      </dl>
      <details className="pledge-text">
        <summary>Read the full text of version {agreement.version}</summary>
        <div className="pledge-text-body">
          <h3>{agreement.title}</h3>
          <p className="agreement-text">{agreement.text}</p>
        </div>
      </details>
    </section>
  );
}
