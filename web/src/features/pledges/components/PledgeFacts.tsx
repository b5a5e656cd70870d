import { type Pledge, REASON_CATEGORY_LABELS } from '@cep/shared';
import { formatCalendarDate, formatDateTime } from '../../../lib/format.ts';
import { PledgeStateTag } from './PledgeStateTag.tsx';

/** States whose reason explains them; otherwise the reason only notes the last change. */
const EXPLAINED_STATES = new Set(['lapsed', 'suspended', 'revoked', 'withdrawn']);

/** Where the pledge stands: the same facts for the vendor and for the admin. */
export function PledgeFacts({ pledge }: { pledge: Pledge }) {
  const signature = pledge.signature;
  return (
    <dl className="facts">
      <dt>State</dt>
      <dd>
        <PledgeStateTag state={pledge.state} large />
      </dd>
      <dt>Since</dt>
      <dd>
        <time dateTime={pledge.stateSince}>{formatDateTime(pledge.stateSince)}</time>
      </dd>
      {pledge.stateReason ? (
        <>
          <dt>{EXPLAINED_STATES.has(pledge.state) ? 'Reason' : 'Last change'}</dt>
          <dd className="pre-line">{pledge.stateReason}</dd>
        </>
      ) : null}
      {pledge.stateReasonCategory ? (
        <>
          <dt>What buyers are told</dt>
          <dd>Because of {REASON_CATEGORY_LABELS[pledge.stateReasonCategory]}</dd>
        </>
      ) : null}
      {pledge.activeSince ? (
        <>
          <dt>Member since</dt>
          <dd>
            <time dateTime={pledge.activeSince}>{formatDateTime(pledge.activeSince)}</time>
          </dd>
        </>
      ) : null}
      <dt>Signed version</dt>
      <dd>
        {signature ? (
          <>
            Version {signature.agreementVersion}, by {signature.signerName} on <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
            {signature.agreementVersion < pledge.currentAgreementVersion ? ` (version ${pledge.currentAgreementVersion} is now in effect)` : ''}
          </>
        ) : (
          <span className="muted">Not signed yet</span>
        )}
      </dd>
      <dt>Next checkpoint due</dt>
      <dd>
        {pledge.nextDue ? (
          <>
            <time dateTime={pledge.nextDue.dueDate}>{formatCalendarDate(pledge.nextDue.dueDate)}</time> (data for {pledge.nextDue.period})
          </>
        ) : (
          <span className="muted">None</span>
        )}
      </dd>
      {pledge.resignBy ? (
        <>
          <dt>Sign again by</dt>
          <dd>
            <time dateTime={pledge.resignBy}>{formatDateTime(pledge.resignBy)}</time>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
