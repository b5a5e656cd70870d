import type { AdminInbox } from '@cep/shared';
import { describe, expect, it } from 'vitest';
import { INBOX_QUEUES, navCount } from '../inbox-queues.ts';

const inbox: AdminInbox = {
  applications: { count: 2, oldest: '2026-12-01T10:00:00Z' },
  reviews: { count: 0, oldest: null },
  complaints: { count: 5, oldest: '2026-11-20T10:00:00Z' },
  appeals: { count: 1, oldest: '2026-11-30T10:00:00Z' },
  watchList: { count: 0, oldest: null },
  heldMail: { count: 7, oldest: '2026-10-01T10:00:00Z' },
};

describe('the inbox queues', () => {
  it('cover every queue the API counts, once', () => {
    expect(INBOX_QUEUES.map((q) => q.key).sort()).toEqual(Object.keys(inbox).sort());
  });

  it('give the navigation its counts, and nothing for links without a queue', () => {
    expect(navCount(inbox, '/admin/complaints')).toBe(5);
    expect(navCount(inbox, '/admin/outbox')).toBe(7);
    expect(navCount(inbox, '/admin/program')).toBe(0);
    expect(navCount(undefined, '/admin/complaints')).toBe(0);
  });

  it('word counts in the singular and the plural', () => {
    const complaints = INBOX_QUEUES.find((q) => q.key === 'complaints');
    expect(complaints?.label(1)).toBe('complaint to triage');
    expect(complaints?.label(3)).toBe('complaints to triage');
  });
});
