import type { Pledge } from '@cep/shared';
import { useState } from 'react';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentAgreement } from '../hooks/useAgreements.ts';
import { AgreementReader } from './AgreementReader.tsx';
import { SignPledgeForm } from './SignPledgeForm.tsx';

/**
 * The agreement in effect and, for an owner, the signature form under it. The form opens once the
 * reader reached the end of the text; a new version (after a stale 409) has to be read again.
 */
export function SignPledgeSection({ vendorId, pledge, canSign, signerName, onSigned }: { vendorId: string; pledge: Pledge; canSign: boolean; signerName: string; onSigned: (pledge: Pledge) => void }) {
  const agreement = useCurrentAgreement();
  const [readVersion, setReadVersion] = useState<number | null>(null);
  const resigning = pledge.signature !== null;

  const body = (
    <Loadable query={agreement} loading="Loading the agreement…">
      {(current) => {
        const readToEnd = readVersion === current.version;
        return (
          <>
            <AgreementReader
              key={current.version}
              title={current.title}
              text={current.text}
              label={`Agreement text, version ${current.version}`}
              onReachEnd={canSign ? () => setReadVersion(current.version) : undefined}
            />
            {canSign ? (
              <SignPledgeForm
                key={current.version}
                vendorId={vendorId}
                agreement={current}
                readToEnd={readToEnd}
                defaultName={signerName}
                onSigned={onSigned}
                onStale={() => void agreement.refetch()}
              />
            ) : (
              <p className="alert alert-info">Only an owner of your vendor can sign the pledge. Ask an owner to sign it here.</p>
            )}
          </>
        );
      }}
    </Loadable>
  );

  return (
    <section className="section" aria-labelledby="sign-heading">
      <h2 id="sign-heading">{resigning ? 'Sign the new version of the pledge' : 'Sign the pledge'}</h2>
      {resigning && pledge.signature ? (
        <p>
          You signed version {pledge.signature.agreementVersion}; version {pledge.currentAgreementVersion} is now in effect.
          {pledge.resignBy ? <> Sign it by {formatDateTime(pledge.resignBy)} to keep your standing.</> : null}
        </p>
      ) : (
        <p>Read the agreement to the end, then sign it. The signed text and its SHA-256 fingerprint are kept for good, and you get a printable copy.</p>
      )}
      {body}
    </section>
  );
}
