import { ComplaintState } from './complaint-states.ts';

/**
 * Who may write to whom about a complaint, and when (issue 12). The registry (the admin) asks the
 * complainant for details while the complaint is open, and the vendor once it was forwarded; the
 * vendor answers the registry, and after its response may write to the complainant again until
 * its deadline; the complainant answers the registry's questions. Nobody writes once the
 * complaint is closed.
 */
export const PARTIES = ['registry', 'vendor', 'complainant'] as const;
export type Party = (typeof PARTIES)[number];

const S = ComplaintState;
const OPEN: readonly ComplaintState[] = [S.Confirmed, S.Forwarded, S.Responded];
/** The states in which the registry and the vendor write to each other about a complaint. */
export const WITH_VENDOR_STATES: readonly ComplaintState[] = [S.Forwarded, S.Responded];

/** Why this message may not be sent now, in words for the sender; null when it may. */
export function messageRefusal(m: { from: Party; to: Party; state: ComplaintState; now: Date; responseDueAt: Date | null }): string | null {
  const route = `${m.from}→${m.to}`;
  switch (route) {
    case 'registry→complainant':
    case 'complainant→registry':
      return OPEN.includes(m.state) ? null : 'The complaint is closed: nobody writes about it any more';
    case 'registry→vendor':
    case 'vendor→registry':
      return WITH_VENDOR_STATES.includes(m.state) ? null : m.state === S.Confirmed ? 'The vendor sees the complaint only once it is forwarded' : 'The complaint is closed: nobody writes about it any more';
    case 'vendor→complainant':
      if (m.state === S.Forwarded) return 'The first answer to the customer is the response itself: respond first';
      if (m.state !== S.Responded) return 'The complaint is closed: nobody writes about it any more';
      return m.responseDueAt && m.now < m.responseDueAt ? null : 'The response deadline has passed: further messages to the customer go through the registry';
    default:
      return 'Nobody carries messages between these two';
  }
}
