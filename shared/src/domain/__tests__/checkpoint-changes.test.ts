import { checkpointChanges } from '../checkpoint-changes.ts';

describe('checkpointChanges', () => {
  it('lists each field that differs, by its path, with the values before and after', () => {
    const before = { volume: { contacts: { email: 600, chat: 200 }, activeClients: 40 }, followUpShare: 0.9, topIssues: [{ id: 'a', title: 'Login', contacts: 30 }] };
    const after = { volume: { contacts: { email: 650, chat: 200, phone: 12 }, activeClients: 40 }, followUpShare: null, topIssues: [{ id: 'a', title: 'Login and SSO', contacts: 30 }, { id: 'b', title: 'Exports' }] };
    expect(checkpointChanges(before, after)).toEqual([
      { field: 'followUpShare', from: 0.9, to: null },
      { field: 'topIssues.0.title', from: 'Login', to: 'Login and SSO' },
      { field: 'topIssues.1.title', from: null, to: 'Exports' },
      { field: 'volume.contacts.email', from: 600, to: 650 },
      { field: 'volume.contacts.phone', from: null, to: 12 },
    ]);
  });

  it('finds nothing between equal data, and ignores the ids the server gives issues', () => {
    const data = { nps: { responses: 120, sampleMethod: 'everyone' as const }, topIssues: [{ title: 'Login' }] };
    expect(checkpointChanges(data, structuredClone(data))).toEqual([]);
    expect(checkpointChanges({ topIssues: [{ title: 'Login' }] }, { topIssues: [{ id: 'x1', title: 'Login' }] })).toEqual([]);
  });
});
