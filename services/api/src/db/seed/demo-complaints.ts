import type { EntityManager } from 'typeorm';
import { addBusinessDays, type ComplaintPromise, ComplaintState, DAY_MS, type DismissReason, FORWARDED_STATES, HOUR_MS, type Party } from '@cep/shared';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '../../modules/audit/index.ts';
import { COMPLAINANT, Complaint, ComplaintMessage, CONFIRM_DAYS } from '../../modules/complaints/index.ts';
import { type Vendor } from '../../modules/vendors/index.ts';

/**
 * Complaints for the demo: one in every state a newcomer should see — waiting for confirmation,
 * waiting for triage, dismissed, waiting for the vendor (with its deadline), resolved, not
 * resolved, assumed resolved, not answered in time — one with a conversation (the complainant
 * answered the registry's question, the vendor has one to answer), and a vendor on the watch list with the figures that put it there.
 * Dates are relative to `now`, so the demo stays coherent whenever it is seeded.
 */

/** The demo's triage steps are the registry's; no one person took them. */
const REGISTRY: Actor = { id: null, label: 'registry', requestId: null };

interface DemoComplaint {
  slug: string;
  state: ComplaintState;
  /** Days before now the complaint was filed (and confirmed an hour later). */
  daysAgo: number;
  promise: ComplaintPromise;
  subject: string;
  description: string;
  name: string;
  email: string;
  organisation?: string;
  consent: boolean;
  dismissReason?: DismissReason;
  response?: string;
  /** Messages, each so many hours after the confirmation; a question is answered by the next message from its addressee. */
  conversation?: { from: Party; to: Party; body: string; hours: number }[];
}

const COMPLAINTS: DemoComplaint[] = [
  {
    slug: 'acme',
    state: ComplaintState.Forwarded,
    daysAgo: 3,
    promise: 'timeliness',
    subject: 'Grades export has been broken for a week',
    description: 'Our end-of-term grades export fails with a timeout. The ticket was opened a week ago and we have had one automated reply since.',
    name: 'Priya Raman',
    email: 'priya.raman@northfield-college.example',
    organisation: 'Northfield College',
    consent: true,
    conversation: [
      { from: 'registry', to: 'complainant', body: 'Thank you. What is the ticket number, and does the export fail for every course or only for large ones?', hours: 0.5 },
      { from: 'complainant', to: 'registry', body: 'Ticket #20931. It fails for every course with more than about 200 students; small ones export fine.', hours: 0.8 },
      { from: 'registry', to: 'vendor', body: 'The customer reports the failure only for courses over about 200 students (ticket #20931). Is this a known limit of the export?', hours: 2 },
    ],
  },
  {
    slug: 'acme',
    state: ComplaintState.Resolved,
    daysAgo: 40,
    promise: 'contact',
    subject: 'No named contact after our account manager left',
    description: 'Since our account manager left in the spring nobody answers our questions; every ticket goes to a different person.',
    name: 'Tom Becker',
    email: 'tom.becker@riverside-health.example',
    organisation: 'Riverside Health',
    consent: false,
    response: 'We are sorry. Sam Ortiz is now your named contact and has called your team to go through the open questions.',
  },
  {
    slug: 'acme',
    state: ComplaintState.Dismissed,
    daysAgo: 20,
    promise: 'other',
    subject: 'Cheap watches',
    description: 'Buy cheap watches at our online store today, best prices guaranteed for everyone.',
    name: 'Sales Bot',
    email: 'bot@spam.example',
    consent: true,
    dismissReason: 'spam',
  },
  {
    slug: 'talentgrid',
    state: ComplaintState.Confirmed,
    daysAgo: 1,
    promise: 'ethics',
    subject: 'Renewal price raised without notice',
    description: 'Our renewal invoice was 40% higher than the quote, and the sales team says the quote expired without telling us.',
    name: 'Lena Okafor',
    email: 'lena.okafor@brightside-retail.example',
    organisation: 'Brightside Retail',
    consent: true,
  },
  {
    slug: 'talentgrid',
    state: ComplaintState.Unconfirmed,
    daysAgo: 0,
    promise: 'support',
    subject: 'Support chat closes my conversations',
    description: 'Each time I wait more than five minutes for an answer, the support chat closes the conversation and I start again.',
    name: 'Marco Silva',
    email: 'marco.silva@example.com',
    consent: false,
  },
  // ContentCraft: three confirmed complaints in 90 days put it on the watch list.
  ...[20, 30, 55].map(
    (daysAgo, i): DemoComplaint => ({
      slug: 'contentcraft',
      state: [ComplaintState.NoResponse, ComplaintState.Unresolved, ComplaintState.AssumedResolved][i] ?? ComplaintState.AssumedResolved,
      daysAgo,
      promise: 'timeliness',
      subject: ['Course import stuck for days', 'Invoices not answered', 'Outage with no status updates'][i] ?? 'Slow support',
      description: 'We reported the problem through the support portal and by e-mail, and waited well beyond the promised first response time.',
      name: ['Ava Chen', 'Noah Fischer', 'Mia Rossi'][i] ?? 'A customer',
      email: `customer${i + 1}@contentcraft-client.example`,
      consent: i !== 1,
      response: i === 0 ? undefined : 'We apologise for the delay; the team is understaffed while we recruit. A fix is scheduled.',
    }),
  ),
];

/**
 * A complaint's messages. The demo's questions carry no link (nobody can answer them by e-mail); a
 * question counts as answered when its addressee wrote back later.
 */
async function seedConversation(manager: EntityManager, complaint: Complaint, messages: NonNullable<DemoComplaint['conversation']>, confirmedAt: Date): Promise<void> {
  const at = (hours: number) => new Date(confirmedAt.getTime() + hours * HOUR_MS);
  for (const [i, message] of messages.entries()) {
    const answer = message.from === 'registry' ? messages.slice(i + 1).find((later) => later.from === message.to) : undefined;
    await manager.insert(ComplaintMessage, { complaintId: complaint.id, from: message.from, to: message.to, body: message.body, authorId: null, answeredAt: answer ? at(answer.hours) : null, answerTokenHash: null, createdAt: at(message.hours) });
    const action = message.from === 'registry' ? 'question_asked' : message.from === 'complainant' ? 'question_answered' : 'vendor_wrote';
    await recordAudit(manager, message.from === 'complainant' ? COMPLAINANT : REGISTRY, { action: `complaint.${action}`, entityType: 'complaint', entityId: complaint.id, vendorId: null, details: { to: message.to } }, at(message.hours));
  }
}

export async function seedComplaints(manager: EntityManager, vendors: Map<string, Vendor>, now: Date): Promise<void> {
  let n = 0;
  for (const demo of COMPLAINTS) {
    const vendor = vendors.get(demo.slug);
    if (!vendor) continue;
    n += 1;
    const filedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS - 2 * HOUR_MS);
    const confirmed = demo.state !== ComplaintState.Unconfirmed;
    const confirmedAt = confirmed ? new Date(filedAt.getTime() + HOUR_MS) : null;
    const forwarded = FORWARDED_STATES.includes(demo.state);
    const forwardedAt = forwarded && confirmedAt ? new Date(confirmedAt.getTime() + HOUR_MS) : null;
    const dueAt = forwardedAt ? (addBusinessDays(forwardedAt, 10, vendor.calendar) ?? new Date(forwardedAt.getTime() + 14 * DAY_MS)) : null;
    const respondedAt = demo.response && forwardedAt ? new Date(forwardedAt.getTime() + 2 * DAY_MS) : null;
    const silent = demo.state === ComplaintState.AssumedResolved;
    const outcome = demo.state === ComplaintState.Resolved || demo.state === ComplaintState.Unresolved || silent;
    const complaint = await manager.getRepository(Complaint).save(
      manager.getRepository(Complaint).create({
        reference: `C-DEMO${String(n).padStart(4, '0')}`,
        vendorId: vendor.id,
        name: demo.name,
        email: demo.email,
        organisation: demo.organisation ?? null,
        subject: demo.subject,
        description: demo.description,
        promise: demo.promise,
        consent: demo.consent,
        state: demo.state,
        // No one can confirm a demo complaint by e-mail: it has no token.
        confirmTokenHash: null,
        confirmExpiresAt: new Date(filedAt.getTime() + CONFIRM_DAYS * DAY_MS),
        confirmedAt,
        dismissReason: demo.dismissReason ?? null,
        forwardedAt,
        forwardNote: forwardedAt ? 'Please answer the customer directly and tell us what you changed.' : null,
        responseDueAt: dueAt,
        respondedAt,
        response: respondedAt ? (demo.response ?? null) : null,
        outcomeAt: outcome && respondedAt ? new Date(respondedAt.getTime() + (silent ? 30 : 1) * DAY_MS) : null,
        outcomeComment: demo.state === ComplaintState.Unresolved ? 'The workaround does not help; the import still fails.' : null,
        createdAt: filedAt,
      }),
    );
    const steps: [Date | null, string, string | null, Actor][] = [
      [filedAt, 'filed', ComplaintState.Unconfirmed, COMPLAINANT],
      [confirmedAt, 'confirmed', ComplaintState.Confirmed, COMPLAINANT],
      [demo.dismissReason && confirmedAt ? new Date(confirmedAt.getTime() + HOUR_MS) : null, 'dismissed', ComplaintState.Dismissed, REGISTRY],
      [forwardedAt, 'forwarded', ComplaintState.Forwarded, REGISTRY],
      [respondedAt, 'responded', ComplaintState.Responded, { id: null, label: 'vendor', requestId: null }],
      [demo.state === ComplaintState.NoResponse ? dueAt : null, 'no_response', ComplaintState.NoResponse, SYSTEM_ACTOR],
      [outcome ? complaint.outcomeAt : null, demo.state, demo.state, silent ? SYSTEM_ACTOR : COMPLAINANT],
    ];
    let from: string | null = null;
    for (const [at, action, to, actor] of steps) {
      if (!at) continue;
      await recordAudit(manager, actor, { action: `complaint.${action}`, entityType: 'complaint', entityId: complaint.id, vendorId: null, from, to, reason: action === 'dismissed' ? (demo.dismissReason ?? null) : null }, at);
      from = to;
    }
    if (confirmedAt) await seedConversation(manager, complaint, demo.conversation ?? [], confirmedAt);
  }
  const watched = vendors.get('contentcraft');
  if (watched) await manager.query(`INSERT INTO watch_entry (vendor_id, since, reasons) VALUES ($1, $2, $3)`, [watched.id, new Date(now.getTime() - 12 * DAY_MS), ['count']]);
}
