import { returnedLapseDate } from './checkpoint-standing.ts';
import { addDays } from './periods.ts';
import { PledgeState } from './pledge-states.ts';
import type { Todo } from '../schemas/home.ts';
import { DAY_MS } from './durations.ts';

/**
 * What a vendor must do next, computed from its data alone: the home page's to-do list. Pure, so
 * the API answers it and its tests pin every rule without a database.
 */

/** What the to-do list is computed from, as the API reads it. Dates are ISO instants or days. */
export interface VendorFacts {
  pledge: {
    state: PledgeState;
    since: string;
    /** The admin's reason for a suspension or revocation (the vendor sees its own). */
    reason: string | null;
    /** A new agreement version waits for the owner's signature until this day. */
    resignBy: string | null;
    /** The latest appeal since the pledge entered its state, if any. */
    appealedAt: string | null;
  };
  /** The first period whose data the registry has not received, with its due date. */
  nextDue: { period: string; dueDate: string } | null;
  /** Periods the admin returned for changes, with the note and when. */
  returned: { period: string; notes: string | null; returnedAt: string }[];
  /** Complaints forwarded to the vendor and not answered yet, with their deadlines. */
  awaitingResponse: { id: string; reference: string; subject: string; responseDueAt: string }[];
  /** Complaints about which the registry asked the vendor something it has not answered yet. */
  questions: { id: string; reference: string; askedAt: string }[];
  /** On the watch list since then, or null. */
  watchedSince: string | null;
}

const DAYS_SOON = 14;
const dayOf = (iso: string) => iso.slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${dayOf(from)}T00:00:00Z`)) / DAY_MS);

/** The to-dos, most pressing first: late before due, then by date. */
export function vendorTodos(facts: VendorFacts, today: string): Todo[] {
  const todos: Todo[] = [];
  const { pledge } = facts;

  if (pledge.state === PledgeState.PendingSignature) {
    todos.push({ kind: 'sign', title: 'Sign the pledge', detail: 'Your pledge starts when your owner signs it; the badge and the directory listing follow at once.', target: { page: 'pledge' }, due: null, urgent: false });
  }
  if (pledge.resignBy && pledge.state !== PledgeState.PendingSignature) {
    todos.push({
      kind: 'resign',
      title: 'Sign the new version of the pledge',
      detail: `A new agreement version was published. Sign it by ${pledge.resignBy} to keep your standing.`,
      target: { page: 'pledge' },
      due: pledge.resignBy,
      urgent: daysBetween(today, pledge.resignBy) <= DAYS_SOON,
    });
  }
  if (pledge.state === PledgeState.Suspended || pledge.state === PledgeState.Revoked) {
    todos.push(
      pledge.appealedAt
        ? { kind: 'appealed', title: 'Your appeal is with the registry', detail: `You appealed on ${dayOf(pledge.appealedAt)}; the registry tells you by e-mail when it decides.`, target: { page: 'pledge' }, due: null, urgent: false }
        : {
            kind: 'appeal',
            title: pledge.state === PledgeState.Suspended ? 'Your pledge is suspended' : 'Your pledge is revoked',
            detail: `${pledge.reason ? `The registry's reason: ${pledge.reason}. ` : ''}Put right what it names, then appeal from the pledge page.`,
            target: { page: 'pledge' },
            due: null,
            urgent: true,
          },
    );
  }
  for (const r of facts.returned) {
    // Returned data left too long lapses the pledge (SPEC §4): the last day to resubmit.
    const due = addDays(returnedLapseDate(r.period, new Date(r.returnedAt)), -1);
    todos.push({
      kind: 'returned',
      title: `Correct and resubmit the ${r.period} data`,
      detail: `${r.notes ? `The registry returned it: ${r.notes}` : 'The registry returned it for changes.'} Resubmit by ${due}, or the pledge lapses.`,
      target: { page: 'checkpoint', period: r.period },
      due,
      urgent: true,
    });
  }
  const returnedPeriods = new Set(facts.returned.map((r) => r.period));
  if (facts.nextDue && !returnedPeriods.has(facts.nextDue.period)) {
    const { period, dueDate } = facts.nextDue;
    const late = dueDate < today;
    todos.push({
      kind: late ? 'overdue' : 'deliver',
      title: late ? `The ${period} data is overdue` : `Deliver the ${period} data`,
      detail: late
        ? pledge.state === PledgeState.Lapsed
          ? `It was due on ${dueDate}; your pledge lapsed for it. Submit it to become active again.`
          : `It was due on ${dueDate}. Submit it now: a pledge whose data is late lapses.`
        : `Due on ${dueDate}, 30 days after the half-year ends.`,
      target: { page: 'checkpoint', period },
      due: dueDate,
      urgent: late || daysBetween(today, dueDate) <= DAYS_SOON,
    });
  }
  for (const c of facts.awaitingResponse) {
    todos.push({
      kind: 'respond',
      title: `Respond to complaint ${c.reference}`,
      detail: `“${c.subject}” — respond by ${dayOf(c.responseDueAt)}; a complaint left unanswered counts against you.`,
      target: { page: 'complaint', id: c.id },
      due: c.responseDueAt,
      urgent: daysBetween(today, c.responseDueAt) <= 3,
    });
  }
  for (const q of facts.questions) {
    todos.push({
      kind: 'answer',
      title: `Answer the registry about complaint ${q.reference}`,
      detail: `The registry asked you for details on ${dayOf(q.askedAt)}; the customer does not see your answer.`,
      target: { page: 'complaint', id: q.id },
      due: null,
      urgent: false,
    });
  }
  if (facts.watchedSince) {
    todos.push({
      kind: 'watch',
      title: 'You are on the watch list',
      detail: `Since ${dayOf(facts.watchedSince)}, because of the number of confirmed complaints against you recently; the registry follows your complaints closely. Answer each one it forwards before its deadline.`,
      target: { page: 'complaints' },
      due: null,
      urgent: false,
    });
  }
  return todos.sort((a, b) => Number(b.urgent) - Number(a.urgent) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
