import { allowedActions, type Me, type Pledge } from '@cep/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePledge } from '../hooks/usePledge.ts';
import { needsSignature, PLEDGE_STATE_MEANINGS } from '../utils/pledge-labels.ts';
import { AppealForm } from './AppealForm.tsx';
import { AppealsList } from './AppealsList.tsx';
import { PledgeFacts } from './PledgeFacts.tsx';
import { PledgeHistory } from './PledgeHistory.tsx';
import { SignPledgeSection } from './SignPledgeSection.tsx';
import { WithdrawDialog } from './WithdrawDialog.tsx';

/** The vendor's pledge page: where it stands, signing, the signed copy, appeals, withdrawal and history. */
export function VendorPledge({ user, vendorId }: { user: Me; vendorId: string }) {
  const pledge = usePledge(vendorId);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const isOwner = user.role === 'vendor_owner';

  return (
    <Loadable query={pledge} loading="Loading your pledge…">
      {(current) => {
        const p: Pledge = current;
        const appealable = p.state === 'suspended' || p.state === 'revoked';
        const canWithdraw = isOwner && allowedActions(p.state).includes('withdraw');

        return (
          <div className="stack">
            {notice ? (
              <Alert tone="success" title={notice}>
                {p.signature ? (
                  <p>
                    <Link to="/vendor/pledge/signed-copy">Open the signed copy</Link>
                  </p>
                ) : null}
              </Alert>
            ) : null}

            <section className="section" aria-labelledby="status-heading">
              <h2 id="status-heading">Status</h2>
              <PledgeFacts pledge={p} />
              <p className="muted">{PLEDGE_STATE_MEANINGS[p.state]}</p>
              {p.resignBy ? (
                <Alert tone="warning" title={`Sign version ${p.currentAgreementVersion} by ${formatDateTime(p.resignBy)}`}>
                  A new version of the agreement is in effect. Your pledge keeps its standing until then; after that it waits for a signature.
                </Alert>
              ) : null}
              {p.nextDue ? (
                <p>
                  <Link to="/vendor/checkpoints">See the checkpoint calendar</Link>
                </p>
              ) : null}
            </section>

            {needsSignature(p) ? (
              <SignPledgeSection
                vendorId={vendorId}
                pledge={p}
                canSign={isOwner}
                signerName={user.name}
                onSigned={(signed) => setNotice(`You signed version ${signed.signature?.agreementVersion ?? signed.currentAgreementVersion} of the pledge. It is ${signed.state === 'active' ? 'active' : signed.state.replace('_', ' ')}.`)}
              />
            ) : null}

            {p.signature ? (
              <section className="section" aria-labelledby="copy-heading">
                <h2 id="copy-heading">Signed copy</h2>
                <p>
                  Version {p.signature.agreementVersion} was signed by {p.signature.signerName} ({p.signature.signerTitle}) on {formatDateTime(p.signature.signedAt)}.
                </p>
                <p>
                  <Link to="/vendor/pledge/signed-copy" className="btn btn-secondary">
                    Open the signed copy
                  </Link>
                </p>
              </section>
            ) : null}

            {appealable || p.appeals.length > 0 ? (
              <section className="section" aria-labelledby="appeal-heading">
                <h2 id="appeal-heading">Appeal</h2>
                {appealable ? (
                  isOwner ? (
                    <AppealForm vendorId={vendorId} />
                  ) : (
                    <p className="muted">Only an owner of your vendor can send an appeal.</p>
                  )
                ) : null}
                <h3>Appeals sent</h3>
                <AppealsList appeals={p.appeals} label="Appeals sent" emptyTitle="No appeal sent yet" />
              </section>
            ) : null}

            <section aria-labelledby="history-heading">
              <h2 id="history-heading">History</h2>
              <PledgeHistory history={p.history} />
            </section>

            {canWithdraw ? (
              <section className="section danger-zone" aria-labelledby="withdraw-heading">
                <h2 id="withdraw-heading">Withdraw</h2>
                <p>Withdrawing ends the pledge for good. The program team is told.</p>
                <div>
                  <Button variant="danger" onClick={() => setWithdrawing(true)}>
                    Withdraw from the pledge
                  </Button>
                </div>
              </section>
            ) : null}
            {withdrawing ? (
              <WithdrawDialog
                vendorId={vendorId}
                onClose={() => setWithdrawing(false)}
                onWithdrawn={() => {
                  setWithdrawing(false);
                  setNotice('Your pledge is withdrawn.');
                }}
              />
            ) : null}
          </div>
        );
      }}
    </Loadable>
  );
}
