import { REASON_CATEGORY_LABELS, type Verification } from '@cep/shared';
import { formatDate } from '../../../lib/format.ts';
import { BadgeStatusTag } from './BadgeStatusTag.tsx';

/** One sentence on where the vendor stands, in words a buyer understands. */
function explain({ name, state, since, reasonCategory }: Pick<Verification, 'name' | 'state' | 'since' | 'reasonCategory'>): { headline: string; detail: string } {
  const date = formatDate(since);
  const because = reasonCategory ? ` because of ${REASON_CATEGORY_LABELS[reasonCategory]}` : '';
  switch (state) {
    case 'active':
      return { headline: `Active since ${date}`, detail: `${name} has signed the pledge and is up to date with its checkpoints.` };
    case 'lapsed':
      return { headline: `Lapsed since ${date}`, detail: `${name} has not submitted its checkpoint data on time. The pledge stands again once the data is in.` };
    case 'suspended':
      return { headline: `Suspended since ${date}`, detail: `The program team suspended the pledge of ${name}${because}. It is under review.` };
    case 'revoked':
      return { headline: 'Not a member', detail: `The program team revoked the pledge of ${name} on ${date}${because}.` };
    case 'withdrawn':
      return { headline: 'Not a member', detail: `${name} withdrew from the pledge on ${date}.` };
    case 'pending_signature':
      return { headline: 'Not a member', detail: `${name} has not signed the current pledge.` };
  }
}

/** The prominent standing at the top of the verification page. */
export function PledgeStanding({ verification }: { verification: Verification }) {
  const { headline, detail } = explain(verification);
  const { memberSince, status } = verification;
  return (
    <div className={`standing standing-${status}`}>
      <BadgeStatusTag status={status} large />
      <div>
        <p className="standing-headline">{headline}</p>
        <p className="standing-detail">{detail}</p>
        {memberSince && status !== 'not_member' ? (
          <p className="standing-detail">
            Member since <time dateTime={memberSince}>{formatDate(memberSince)}</time>
          </p>
        ) : null}
      </div>
    </div>
  );
}
