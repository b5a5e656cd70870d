import { PledgeState } from '../pledge-states.ts';
import { type VendorFacts, vendorTodos } from '../home.ts';

const active: VendorFacts = {
  pledge: { state: PledgeState.Active, since: '2026-01-10T09:00:00Z', reason: null, resignBy: null, appealedAt: null },
  nextDue: { period: '2026-H2', dueDate: '2027-01-30' },
  returned: [],
  awaitingResponse: [],
  questions: [],
  watchedSince: null,
};

const kinds = (facts: VendorFacts, today: string) => vendorTodos(facts, today).map((t) => t.kind);

describe('vendorTodos', () => {
  it('asks a new vendor to sign, and nothing more', () => {
    const pending: VendorFacts = { ...active, pledge: { ...active.pledge, state: PledgeState.PendingSignature }, nextDue: null };
    expect(vendorTodos(pending, '2026-12-05')).toEqual([expect.objectContaining({ kind: 'sign', target: { page: 'pledge' }, urgent: false })]);
  });

  it('lists the next period with its due date, urgent from 14 days before it', () => {
    expect(vendorTodos(active, '2026-12-05')).toEqual([expect.objectContaining({ kind: 'deliver', title: 'Deliver the 2026-H2 data', due: '2027-01-30', urgent: false, target: { page: 'checkpoint', period: '2026-H2' } })]);
    expect(vendorTodos(active, '2027-01-16')[0]).toMatchObject({ kind: 'deliver', urgent: true });
  });

  it('calls late data overdue, and tells a lapsed vendor that submitting makes it active again', () => {
    const lapsed: VendorFacts = { ...active, pledge: { ...active.pledge, state: PledgeState.Lapsed }, nextDue: { period: '2026-H1', dueDate: '2026-07-30' } };
    expect(vendorTodos(lapsed, '2026-08-03')).toEqual([
      expect.objectContaining({ kind: 'overdue', title: 'The 2026-H1 data is overdue', detail: expect.stringContaining('Submit it to become active again'), urgent: true }),
    ]);
  });

  it('names returned data with the admin’s note and the last day to resubmit, instead of the same period as "due"', () => {
    const returned: VendorFacts = { ...active, nextDue: { period: '2026-H1', dueDate: '2026-07-30' }, returned: [{ period: '2026-H1', notes: 'Fix the survey population.', returnedAt: '2026-07-05T10:00:00Z' }] };
    const todos = vendorTodos(returned, '2026-07-25');
    expect(todos).toHaveLength(1);
    // Returned on 5 July: 14 days end before the period's own due date, which counts (30 July);
    // returned on 10 August, the 14 days do (24 August).
    expect(todos[0]).toMatchObject({ kind: 'returned', due: '2026-07-30', detail: 'The registry returned it: Fix the survey population. Resubmit by 2026-07-30, or the pledge lapses.' });
    const late: VendorFacts = { ...returned, returned: [{ period: '2026-H1', notes: null, returnedAt: '2026-08-10T10:00:00Z' }] };
    expect(vendorTodos(late, '2026-08-11')[0]).toMatchObject({ due: '2026-08-24' });
  });

  it('lists each complaint to answer with its deadline, urgent in its last 3 days', () => {
    const facts: VendorFacts = {
      ...active,
      awaitingResponse: [
        { id: 'c1', reference: 'CEP-1', subject: 'Slow answers', responseDueAt: '2026-12-20T17:00:00Z' },
        { id: 'c2', reference: 'CEP-2', subject: 'No follow-up', responseDueAt: '2026-12-07T17:00:00Z' },
      ],
    };
    const todos = vendorTodos(facts, '2026-12-05');
    expect(todos.map((t) => [t.kind, t.title, t.urgent])).toEqual([
      ['respond', 'Respond to complaint CEP-2', true],
      ['respond', 'Respond to complaint CEP-1', false],
      ['deliver', 'Deliver the 2026-H2 data', false],
    ]);
    expect(todos[0]?.target).toEqual({ page: 'complaint', id: 'c2' });
  });

  it('asks the vendor to answer each question of the registry about a complaint', () => {
    const facts: VendorFacts = { ...active, questions: [{ id: 'c3', reference: 'CEP-3', askedAt: '2026-12-03T10:00:00Z' }] };
    const todos = vendorTodos(facts, '2026-12-05');
    // Without a deadline it comes after the dated to-dos.
    expect(todos.map((t) => t.kind)).toEqual(['deliver', 'answer']);
    expect(todos[1]).toMatchObject({ kind: 'answer', title: 'Answer the registry about complaint CEP-3', target: { page: 'complaint', id: 'c3' }, urgent: false });
    expect(todos[1]?.detail).toContain('2026-12-03');
  });

  it('explains a suspension with its reason until the vendor appeals, then says the appeal is with the registry', () => {
    const suspended: VendorFacts = { ...active, pledge: { ...active.pledge, state: PledgeState.Suspended, reason: 'Data contradicted by complaints' }, nextDue: null };
    expect(vendorTodos(suspended, '2026-12-05')).toEqual([expect.objectContaining({ kind: 'appeal', title: 'Your pledge is suspended', detail: expect.stringContaining('Data contradicted by complaints'), urgent: true })]);
    const appealed: VendorFacts = { ...suspended, pledge: { ...suspended.pledge, appealedAt: '2026-12-01T08:00:00Z' } };
    expect(kinds(appealed, '2026-12-05')).toEqual(['appealed']);
  });

  it('asks to sign a new agreement version by its day, and says when the vendor is on the watch list', () => {
    const facts: VendorFacts = { ...active, pledge: { ...active.pledge, resignBy: '2026-12-15' }, watchedSince: '2026-11-20T00:00:00Z' };
    expect(vendorTodos(facts, '2026-12-05').map((t) => [t.kind, t.urgent])).toEqual([
      ['resign', true],
      ['deliver', false],
      ['watch', false],
    ]);
  });
});
