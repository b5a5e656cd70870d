import type { Signature } from '@cep/shared';
import { formatDateTime } from '../../../lib/format.ts';
import { AgreementBody } from './AgreementReader.tsx';

/**
 * The signed record as a document: who signed what for whom, when and from where, the whole text,
 * and the SHA-256 that proves the text is the one signed. Laid out to print (see styles.css, print).
 */
export function SignedCopy({ vendorName, signature }: { vendorName: string; signature: Signature }) {
  return (
    <article className="signed-copy" aria-labelledby="signed-copy-title">
      <header className="signed-copy-header">
        <p className="signed-copy-kicker">Customer Excellence Pledge · signed copy</p>
        <h2 id="signed-copy-title">{signature.agreementTitle}</h2>
        <dl className="facts">
          <dt>Vendor</dt>
          <dd>{vendorName}</dd>
          <dt>Agreement version</dt>
          <dd>{signature.agreementVersion}</dd>
        </dl>
      </header>
      <section aria-label="Agreement text" className="signed-copy-text">
        <AgreementBody text={signature.agreementText} />
      </section>
      <section aria-labelledby="signature-heading" className="signed-copy-signature">
        <h3 id="signature-heading">Signature</h3>
        <dl className="facts">
          <dt>Signed by</dt>
          <dd>{signature.signerName}</dd>
          <dt>Title</dt>
          <dd>{signature.signerTitle}</dd>
          <dt>E-mail</dt>
          <dd>{signature.signerEmail}</dd>
          <dt>Signed at</dt>
          <dd>
            <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time> <span className="muted">({signature.signedAt})</span>
          </dd>
          <dt>Client IP</dt>
          <dd>{signature.clientIp}</dd>
          <dt>SHA-256 of the text</dt>
          <dd>
            <code className="hash">{signature.textSha256}</code>
          </dd>
        </dl>
        <p className="muted">The SHA-256 is computed over the agreement text above (UTF-8). Anyone can recompute it to check that this is the text that was signed.</p>
      </section>
    </article>
  );
}
