import { describe, expect, it } from 'vitest';
import { contactsFrom, declaredContacts, differsOnlyInResponsiveness, inFormWords, issueRowsFrom, newIssueRow, toCheckpointData, toFormState } from '../checkpoint-form.ts';
import { checkpointData } from './fixtures.ts';

describe('the checkpoint form and the draft it saves', () => {
  it('gives back the draft it was filled from', () => {
    const data = checkpointData();
    expect(toCheckpointData(toFormState(data), 'strict')).toEqual(data);
  });

  it('shows shares as the percentages people type, without float noise', () => {
    const state = toFormState(checkpointData({ responsiveness: { source: 'aggregates', shareWithinTarget: 0.955 } }));
    expect(state.sharePercent).toBe('95.5');
    expect(toCheckpointData({ ...state, sharePercent: '95.5' }, 'strict').responsiveness?.shareWithinTarget).toBe(0.955);
  });

  it('names text that is not a number when saving, and ignores it in the live preview', () => {
    const state = { ...toFormState(checkpointData()), activeClients: 'about 40' };
    expect(toCheckpointData(state, 'strict').volume?.activeClients).toBeNaN();
    expect(toCheckpointData(state, 'lenient').volume?.activeClients).toBeUndefined();
  });

  it('refuses a share above 100% when saving', () => {
    const state = { ...toFormState(checkpointData()), followUpPercent: '120' };
    expect(toCheckpointData(state, 'strict').followUpShare).toBeNaN();
    expect(toCheckpointData(state, 'lenient').followUpShare).toBeUndefined();
  });

  it('leaves empty fields out and sends no NPS block when the vendor runs no NPS', () => {
    const state = { ...toFormState(checkpointData()), medianBusinessMinutes: '  ', runsNps: false };
    const data = toCheckpointData(state, 'strict');
    expect(data.responsiveness?.medianBusinessMinutes).toBeUndefined();
    expect(data.nps).toBeNull();
  });

  it('keeps a new issue row without an id until the server gives it one', () => {
    const row = { ...newIssueRow(), title: '  Login loops  ', contacts: '12', averageHoursToResolve: '3.5' };
    const data = toCheckpointData({ ...toFormState(checkpointData({ topIssues: [] })), issues: [row] }, 'strict');
    expect(data.topIssues).toEqual([{ id: undefined, title: 'Login loops', contacts: 12, averageHoursToResolve: 3.5, linkedIssueId: undefined }]);
  });

  it('tells a ticket import (which replaces responsiveness only) from other edits', () => {
    const before = checkpointData();
    const imported = { ...before, responsiveness: { source: 'tickets' as const } };
    expect(differsOnlyInResponsiveness(before, imported)).toBe(true);
    expect(differsOnlyInResponsiveness(before, { ...imported, followUpShare: 0.5 })).toBe(false);
  });

  it('describes shares and decimals in the words of the form', () => {
    expect(inFormWords({ followUpShare: 'must be <= 1', 'responsiveness.medianBusinessMinutes': 'must be number', 'volume.activeClients': 'is required' })).toEqual({
      followUpShare: 'must be a percentage from 0 to 100',
      'responsiveness.medianBusinessMinutes': 'must be a number, 0 or more',
      'volume.activeClients': 'is required',
    });
  });
});

describe('taking what a ticket export offers', () => {
  it('adds up the contacts typed, and knows when none is', () => {
    const state = toFormState({ volume: { contacts: { email: 300, chat: 200 } } });
    expect(declaredContacts(state)).toBe(500);
    expect(declaredContacts(toFormState({}))).toBeNull();
  });

  it('turns tickets by channel into the contact fields, and suggested issues into editable rows', () => {
    expect(contactsFrom({ phone: 1, email: 2, chat: 3, portal: 4, other: 0 })).toEqual({ phone: '1', email: '2', chat: '3', portal: '4', other: '0' });
    const rows = issueRowsFrom([
      { title: 'grades export', contacts: 12, averageHoursToResolve: 5.5 },
      { title: 'login', contacts: 4, averageHoursToResolve: null },
    ]);
    expect(rows.map(({ title, contacts, averageHoursToResolve, id }) => ({ title, contacts, averageHoursToResolve, id }))).toEqual([
      { title: 'grades export', contacts: '12', averageHoursToResolve: '5.5', id: undefined },
      { title: 'login', contacts: '4', averageHoursToResolve: '', id: undefined },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });
});
