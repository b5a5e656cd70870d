import { channelOf, DEFAULT_PRIORITY_MAP, importCoverageWarning, issueTally, MAX_DISTINCT_TAGS, parsePriorityMap, priorityLevelOf, tagsOf } from '../ticket-breakdown.ts';

describe('channelOf', () => {
  it('reads Zendesk’s Via and Freshdesk’s Source as the pledge’s channels', () => {
    expect(['Mail', 'Email', 'Web Form', 'Web Widget', 'Chat', 'Phone call (inbound)', 'Voice', 'Portal', 'Feedback Widget', 'API', 'Outbound Email', 'chat'].map(channelOf)).toEqual([
      'email', 'email', 'portal', 'portal', 'chat', 'phone', 'phone', 'portal', 'portal', 'other', 'email', 'chat',
    ]);
  });
});

describe('priorities', () => {
  it('maps the helpdesks’ priorities to low, medium and high by default, and leaves unknown ones as they are', () => {
    expect(['Urgent', 'high', 'Normal', 'medium', 'LOW', 'p1'].map((p) => priorityLevelOf(p, DEFAULT_PRIORITY_MAP))).toEqual(['high', 'high', 'medium', 'medium', 'low', 'p1']);
  });

  it('reads an edited map, refusing a level the vendor does not have', () => {
    expect(parsePriorityMap('urgent:high, normal:low ,low:low')).toEqual({ urgent: 'high', normal: 'low', low: 'low' });
    expect(parsePriorityMap('')).toEqual({});
    expect(parsePriorityMap('urgent:critical')).toBeNull();
    expect(parsePriorityMap('urgent')).toBeNull();
    expect(parsePriorityMap('a:b:c')).toBeNull();
  });
});

describe('tagsOf', () => {
  it('splits Zendesk’s tags on spaces and Freshdesk’s on commas; a type is one tag', () => {
    expect(tagsOf(' billing  login billing ', 'space')).toEqual(['billing', 'login']);
    expect(tagsOf('Billing, Login ,', 'comma')).toEqual(['Billing', 'Login']);
    expect(tagsOf('Problem', 'none')).toEqual(['Problem']);
    expect(tagsOf('   ', 'space')).toEqual([]);
  });
});

describe('issueTally', () => {
  it('suggests the five most frequent tags with their tickets and mean business hours to resolve', () => {
    const tally = issueTally();
    const add = (tags: string[], minutes: number | null, times = 1) => {
      for (let i = 0; i < times; i++) expect(tally.add(tags, minutes)).toBe(true);
    };
    add(['grades_export'], 120, 4);
    add(['Login'], 60, 2);
    add(['login'], null, 1);
    add(['billing', 'invoices'], 30, 3);
    add(['sso'], 600, 1);
    add(['reports'], 90, 1);
    expect(tally.top()).toEqual([
      { title: 'grades export', contacts: 4, averageHoursToResolve: 2 },
      { title: 'billing', contacts: 3, averageHoursToResolve: 0.5 },
      { title: 'invoices', contacts: 3, averageHoursToResolve: 0.5 },
      { title: 'Login', contacts: 3, averageHoursToResolve: 1 },
      { title: 'reports', contacts: 1, averageHoursToResolve: 1.5 },
    ]);
  });

  it('counts a tag once per ticket whatever its case, and gives no mean when nothing was solved', () => {
    const tally = issueTally();
    tally.add(['Billing', 'billing'], null);
    expect(tally.top()).toEqual([{ title: 'Billing', contacts: 1, averageHoursToResolve: null }]);
  });

  it('refuses a ticket that would pass the bound on distinct tags', () => {
    const tally = issueTally();
    for (let i = 0; i < MAX_DISTINCT_TAGS; i++) tally.add([`tag${i}`], null);
    expect(tally.add(['tag0'], null)).toBe(true);
    expect(tally.add(['one-too-many'], null)).toBe(false);
  });
});

describe('importCoverageWarning', () => {
  it('warns when the export covers under half the contacts declared', () => {
    expect(importCoverageWarning(400, 1000)).toMatch(/400 tickets, 40% of the 1000 contacts declared/);
    expect(importCoverageWarning(500, 1000)).toBeNull();
    expect(importCoverageWarning(10, null)).toBeNull();
    expect(importCoverageWarning(10, 0)).toBeNull();
  });
});
