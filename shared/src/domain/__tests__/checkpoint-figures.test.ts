import fc from 'fast-check';
import { CHANNELS, type CheckpointData, type NpsBlock, type TicketImport } from '../../schemas/checkpoints.ts';
import { checkpointFigures, checkpointInconsistencies, missingFields, type FiguresContext } from '../checkpoint-figures.ts';
import { computeNps, npsInconsistencies, SAMPLE_METHODS, type NpsInput } from '../nps.ts';
import { ticketTally } from '../ticket-figures.ts';

const completeNps: NpsBlock = {
  population: 1000,
  invited: 400,
  responses: 200,
  promoters: 120,
  passives: 50,
  detractors: 30,
  sampleMethod: 'random',
  detractorFollowUp: 'Every detractor gets a call from the support lead within a week.',
};

/** Everything a submission with hand-entered aggregates needs. */
const complete: CheckpointData = {
  volume: { contacts: { phone: 100, email: 200, chat: 50, portal: 30, other: 20 }, activeClients: 80 },
  responsiveness: { source: 'aggregates', medianBusinessMinutes: 45, p90BusinessMinutes: 110, shareWithinTarget: 0.96 },
  followUpShare: 0.9,
  topIssues: [
    { title: 'Login fails with SSO', contacts: 40, averageHoursToResolve: 3.5 },
    { title: 'Slow reports', contacts: 25, averageHoursToResolve: 12 },
  ],
};

/** A ticket import as the API stores it, tallied from (minutes | null) per ticket. */
function ticketImportOf(minutes: readonly (number | null)[], targetMinutes = 120): TicketImport {
  const tally = ticketTally(targetMinutes);
  for (const m of minutes) tally.add('normal', m);
  return {
    format: 'cep',
    timeZone: 'Europe/Berlin',
    targetMinutes,
    importedAt: '2026-07-05T10:00:00.000Z',
    rows: minutes.length,
    overall: tally.overall(),
    byPriority: tally.byPriority(),
    errorCount: 0,
    errors: [],
  };
}

/** k tickets answered within the target (60 minutes) and n − k over it (500 minutes). */
const importWithin = (k: number, n: number) => ticketImportOf([...Array<number>(k).fill(60), ...Array<number>(n - k).fill(500)]);

const NPS_FIELDS = ['population', 'invited', 'responses', 'promoters', 'passives', 'detractors'] as const;

const context: FiguresContext = { period: '2026-H1', targetMinutes: 120, threshold: 0.95, ticketImport: null, history: [] };

describe('missingFields', () => {
  it('lists every required path for an empty submission', () => {
    expect(missingFields({}, null)).toEqual([
      'volume.contacts.phone',
      'volume.contacts.email',
      'volume.contacts.chat',
      'volume.contacts.portal',
      'volume.contacts.other',
      'volume.activeClients',
      'responsiveness',
      'followUpShare',
      'topIssues',
    ]);
  });

  it('lists nothing for a complete submission, with or without NPS', () => {
    expect(missingFields(complete, null)).toEqual([]);
    expect(missingFields({ ...complete, nps: completeNps }, null)).toEqual([]);
    expect(missingFields({ ...complete, nps: null }, null)).toEqual([]);
  });

  it('needs the ticket import when responsiveness comes from tickets, and then nothing else there', () => {
    const fromTickets: CheckpointData = { ...complete, responsiveness: { source: 'tickets' } };
    expect(missingFields(fromTickets, null)).toEqual(['responsiveness.tickets']);
    expect(missingFields(fromTickets, importWithin(9, 10))).toEqual([]);
  });

  it('lists each missing aggregate and each issue’s missing numbers', () => {
    expect(missingFields({ ...complete, responsiveness: { source: 'aggregates', p90BusinessMinutes: 110 } }, null)).toEqual([
      'responsiveness.medianBusinessMinutes',
      'responsiveness.shareWithinTarget',
    ]);
    expect(missingFields({ ...complete, topIssues: [{ title: 'A' }, { title: 'B', contacts: 3 }] }, null)).toEqual([
      'topIssues.0.contacts',
      'topIssues.0.averageHoursToResolve',
      'topIssues.1.averageHoursToResolve',
    ]);
    expect(missingFields({ ...complete, topIssues: [] }, null)).toEqual(['topIssues']);
    expect(missingFields({ ...complete, followUpShare: null }, null)).toEqual(['followUpShare']);
  });

  it('lists the NPS fields still missing when NPS is present but partial', () => {
    expect(missingFields({ ...complete, nps: { population: 500, sampleMethod: 'random' } }, null)).toEqual([
      'nps.invited',
      'nps.responses',
      'nps.promoters',
      'nps.passives',
      'nps.detractors',
      'nps.detractorFollowUp',
    ]);
    expect(missingFields({ ...complete, nps: {} }, null)).toEqual([
      'nps.population',
      'nps.invited',
      'nps.responses',
      'nps.promoters',
      'nps.passives',
      'nps.detractors',
      'nps.sampleMethod',
      'nps.detractorFollowUp',
    ]);
    expect(missingFields({ ...complete, nps: { ...completeNps, detractorFollowUp: '   ' } }, null)).toEqual(['nps.detractorFollowUp']);
  });

  it('needs a description of a sample drawn by another method', () => {
    const other = { ...completeNps, sampleMethod: 'other' as const };
    expect(missingFields({ ...complete, nps: other }, null)).toEqual(['nps.sampleDescription']);
    expect(missingFields({ ...complete, nps: { ...other, sampleDescription: '  ' } }, null)).toEqual(['nps.sampleDescription']);
    expect(missingFields({ ...complete, nps: { ...other, sampleDescription: 'Customers the account managers met' } }, null)).toEqual([]);
    // Only for "other".
    expect(missingFields({ ...complete, nps: { ...completeNps, sampleMethod: 'every_nth' } }, null)).toEqual([]);
  });
});

/** Deletes the value at a dotted path (numeric segments index arrays). */
function deletePath(root: unknown, path: string): void {
  const segments = path.split('.');
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    node = (node as Record<string, unknown>)[segment];
  }
  const last = segments[segments.length - 1] ?? '';
  delete (node as Record<string, unknown>)[last];
}

const LEAVES = [
  ...CHANNELS.map((c) => `volume.contacts.${c}`),
  'volume.activeClients',
  'responsiveness.medianBusinessMinutes',
  'responsiveness.p90BusinessMinutes',
  'responsiveness.shareWithinTarget',
  'followUpShare',
  'topIssues.0.contacts',
  'topIssues.0.averageHoursToResolve',
  'topIssues.1.contacts',
  'topIssues.1.averageHoursToResolve',
  'nps.population',
  'nps.invited',
  'nps.responses',
  'nps.promoters',
  'nps.passives',
  'nps.detractors',
  'nps.sampleMethod',
  'nps.detractorFollowUp',
];

describe('missingFields properties', () => {
  it('lists exactly the fields taken out of a complete submission', () => {
    fc.assert(
      fc.property(fc.subarray(LEAVES), fc.constantFrom(...SAMPLE_METHODS), fc.boolean(), (dropped, sampleMethod, described) => {
        const nps: NpsBlock = { ...completeNps, sampleMethod, ...(described ? { sampleDescription: 'How we drew it' } : {}) };
        const data = structuredClone({ ...complete, nps });
        for (const path of dropped) deletePath(data, path);
        const expected = [...dropped];
        if (sampleMethod === 'other' && !described && !dropped.includes('nps.sampleMethod')) expected.push('nps.sampleDescription');
        expect([...missingFields(data, null)].sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkpointInconsistencies', () => {
  it('finds nothing wrong with consistent numbers, nor with a half-filled draft', () => {
    expect(checkpointInconsistencies({ ...complete, nps: completeNps })).toEqual([]);
    expect(checkpointInconsistencies({})).toEqual([]);
    expect(checkpointInconsistencies({ nps: { promoters: 5, responses: 3 } })).toEqual([]);
  });

  it('names nps.responses when the groups do not add up to the responses', () => {
    expect(checkpointInconsistencies({ nps: { ...completeNps, passives: 60 } })).toEqual([
      { field: 'nps.responses', message: 'must equal promoters + passives + detractors (210)' },
    ]);
  });

  it('names nps.responses for more responses than invited, and nps.invited for more invited than the population', () => {
    expect(checkpointInconsistencies({ nps: { invited: 100, responses: 101 } })).toEqual([{ field: 'nps.responses', message: 'cannot exceed the number invited' }]);
    expect(checkpointInconsistencies({ nps: { population: 99, invited: 100 } })).toEqual([{ field: 'nps.invited', message: 'cannot exceed the survey population' }]);
    expect(checkpointInconsistencies({ nps: { population: 100, invited: 100, responses: 100 } })).toEqual([]);
  });

  it('refuses a 90th percentile below the median of hand-entered aggregates, not an equal one', () => {
    expect(checkpointInconsistencies({ responsiveness: { source: 'aggregates', medianBusinessMinutes: 50, p90BusinessMinutes: 40 } })).toEqual([
      { field: 'responsiveness.p90BusinessMinutes', message: 'cannot be less than the median' },
    ]);
    expect(checkpointInconsistencies({ responsiveness: { source: 'aggregates', medianBusinessMinutes: 50, p90BusinessMinutes: 50 } })).toEqual([]);
    // Hand-entered numbers are ignored when the figures come from tickets.
    expect(checkpointInconsistencies({ responsiveness: { source: 'tickets', medianBusinessMinutes: 50, p90BusinessMinutes: 40 } })).toEqual([]);
  });

  it('names each repeated issue title, ignoring case and surrounding spaces', () => {
    expect(
      checkpointInconsistencies({
        topIssues: [{ title: 'Login fails' }, { title: 'Slow reports' }, { title: '  login FAILS ' }, { title: 'Login fails' }],
      }),
    ).toEqual([
      { field: 'topIssues.2.title', message: 'repeats issue 1' },
      { field: 'topIssues.3.title', message: 'repeats issue 1' },
    ]);
  });

  it('applies each NPS rule as soon as its numbers are there, agreeing with npsInconsistencies when all are', () => {
    const count = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ population: count, invited: count, responses: count, promoters: count, passives: count, detractors: count }), (counts) => {
        const nps: NpsBlock = {};
        for (const [field, value] of Object.entries(counts)) if (value !== undefined) Object.assign(nps, { [field]: value });
        const errors = checkpointInconsistencies({ nps });
        const { population, invited, responses, promoters, passives, detractors } = nps;
        const expected: string[] = [];
        if (responses !== undefined && promoters !== undefined && passives !== undefined && detractors !== undefined && promoters + passives + detractors !== responses) {
          expected.push('nps.responses');
        }
        if (responses !== undefined && invited !== undefined && responses > invited) expected.push('nps.responses');
        if (invited !== undefined && population !== undefined && invited > population) expected.push('nps.invited');
        expect(errors.map((e) => e.field)).toEqual(expected);
        if (population !== undefined && invited !== undefined && responses !== undefined && promoters !== undefined && passives !== undefined && detractors !== undefined) {
          expect(errors).toEqual(npsInconsistencies({ population, invited, responses, promoters, passives, detractors, sampleMethod: 'random' }));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkpointFigures', () => {
  it('adds up the contacts and divides them by the active clients', () => {
    const figures = checkpointFigures(complete, context);
    expect(figures.totalContacts).toBe(400);
    expect(figures.contactsPerClient).toBe(5);
    expect(checkpointFigures({ ...complete, volume: { contacts: { phone: 10, email: 0, chat: 0, portal: 0, other: 0 }, activeClients: 3 } }, context).contactsPerClient).toBe(3.33);
  });

  it('has no contacts per client without clients, or while a channel or the client count is missing', () => {
    expect(checkpointFigures({ ...complete, volume: { ...complete.volume, activeClients: 0 } }, context).contactsPerClient).toBeNull();
    expect(checkpointFigures({ ...complete, volume: { contacts: complete.volume?.contacts } }, context).contactsPerClient).toBeNull();
    const noChat = checkpointFigures({ ...complete, volume: { contacts: { phone: 1, email: 1, portal: 1, other: 1 }, activeClients: 2 } }, context);
    expect(noChat.totalContacts).toBeNull();
    expect(noChat.contactsPerClient).toBeNull();
  });

  it('takes hand-entered aggregates as they are', () => {
    expect(checkpointFigures(complete, context).responsiveness).toEqual({ source: 'aggregates', medianBusinessMinutes: 45, p90BusinessMinutes: 110, shareWithinTarget: 0.96 });
  });

  it('takes the import’s figures for a ticket source and ignores hand-entered ones', () => {
    const data: CheckpointData = { ...complete, responsiveness: { source: 'tickets', medianBusinessMinutes: 1, p90BusinessMinutes: 2, shareWithinTarget: 1 } };
    const ticketImport = ticketImportOf([10, 30, 60, 200, null]);
    const figures = checkpointFigures(data, { ...context, ticketImport });
    expect(figures.responsiveness).toEqual({ source: 'tickets', medianBusinessMinutes: 30, p90BusinessMinutes: 200, shareWithinTarget: 0.6 });
    expect(figures.promise3.met).toBe(false);
    // Without an import yet, nothing is known, whatever was typed in.
    const none = checkpointFigures(data, context);
    expect(none.responsiveness).toEqual({ source: 'tickets', medianBusinessMinutes: null, p90BusinessMinutes: null, shareWithinTarget: null });
    expect(none.promise3.met).toBeNull();
  });

  it('meets promise 3 at exactly the threshold, not below it, and does not know without a share', () => {
    const fromTickets: CheckpointData = { ...complete, responsiveness: { source: 'tickets' } };
    expect(checkpointFigures(fromTickets, { ...context, ticketImport: importWithin(95, 100) }).promise3).toEqual({ targetMinutes: 120, threshold: 0.95, met: true });
    expect(checkpointFigures(fromTickets, { ...context, ticketImport: importWithin(94, 100) }).promise3.met).toBe(false);
    expect(checkpointFigures(fromTickets, { ...context, ticketImport: importWithin(19, 20) }).promise3.met).toBe(true);
    expect(checkpointFigures({ ...complete, responsiveness: { source: 'aggregates', shareWithinTarget: 0.95 } }, context).promise3.met).toBe(true);
    expect(checkpointFigures({ ...complete, responsiveness: { source: 'aggregates', shareWithinTarget: 0.9499 } }, context).promise3.met).toBe(false);
    expect(checkpointFigures({ ...complete, responsiveness: { source: 'aggregates' } }, context).promise3.met).toBeNull();
    expect(checkpointFigures({}, context).promise3.met).toBeNull();
    expect(checkpointFigures({}, context).responsiveness.source).toBeNull();
  });

  it('computes NPS only from complete, consistent numbers', () => {
    const input: NpsInput = { population: 1000, invited: 400, responses: 200, promoters: 120, passives: 50, detractors: 30, sampleMethod: 'random' };
    expect(checkpointFigures({ ...complete, nps: completeNps }, context).nps).toEqual(computeNps(input));
    expect(checkpointFigures({ ...complete, nps: completeNps }, context).nps?.score).toBe(45);
    expect(checkpointFigures({ ...complete, nps: { ...completeNps, passives: 60 } }, context).nps).toBeNull();
    expect(checkpointFigures({ ...complete, nps: { ...completeNps, invited: 150 } }, context).nps).toBeNull();
    expect(checkpointFigures({ ...complete, nps: { ...completeNps, population: 300 } }, context).nps).toBeNull();
    expect(checkpointFigures({ ...complete, nps: { ...completeNps, sampleMethod: undefined } }, context).nps).toBeNull();
    expect(checkpointFigures({ ...complete, nps: { ...completeNps, detractors: undefined } }, context).nps).toBeNull();
    expect(checkpointFigures({ ...complete, nps: null }, context).nps).toBeNull();
    expect(checkpointFigures(complete, context).nps).toBeNull();
  });

  describe('recurring and chronic issues', () => {
    const history = [
      { period: '2025-H1', issues: [{ id: 'a1', title: 'Login fails with SSO' }, { id: 'b1', title: 'Slow reports' }] },
      { period: '2025-H2', issues: [{ id: 'a2', title: 'login fails with sso!' }, { id: 'c2', title: 'CSV export broken' }] },
    ];

    it('matches by normalised title across consecutive periods: three in a row is chronic', () => {
      const data: CheckpointData = { topIssues: [{ title: 'LOGIN FAILS — with SSO' }, { title: 'Something new' }] };
      expect(checkpointFigures(data, { ...context, history }).issues).toEqual([
        { id: 'new-0', streak: 3, recurring: true, chronic: true },
        { id: 'new-1', streak: 1, recurring: false, chronic: false },
      ]);
    });

    it('follows an explicit link to the previous period’s issue, whatever its title', () => {
      const data: CheckpointData = { topIssues: [{ id: 'c3', title: 'Exports time out', linkedIssueId: 'c2' }] };
      expect(checkpointFigures(data, { ...context, history }).issues).toEqual([{ id: 'c3', streak: 2, recurring: true, chronic: false }]);
    });

    it('needs consecutive periods: an issue that skipped one starts again', () => {
      // "Slow reports" was in 2025-H1 but not 2025-H2.
      expect(checkpointFigures({ topIssues: [{ id: 'b3', title: 'Slow reports' }] }, { ...context, history }).issues).toEqual([
        { id: 'b3', streak: 1, recurring: false, chronic: false },
      ]);
      // With 2025-H2 missing from the history altogether, nothing recurs.
      const gap = history.filter((h) => h.period !== '2025-H2');
      expect(checkpointFigures({ topIssues: [{ title: 'Login fails with SSO' }] }, { ...context, history: gap }).issues[0]?.streak).toBe(1);
    });

    it('ignores a stored copy of the current period in the history', () => {
      const stale = [...history, { period: '2026-H1', issues: [{ id: 'old', title: 'Login fails with SSO', linkedIssueId: null }] }];
      const data: CheckpointData = { topIssues: [{ id: 'a3', title: 'Login fails with SSO' }] };
      expect(checkpointFigures(data, { ...context, history: stale }).issues).toEqual([{ id: 'a3', streak: 3, recurring: true, chronic: true }]);
    });
  });
});

describe('checkpointFigures properties', () => {
  it('promise 3 is met exactly when k of n tickets within target reach the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        fc.integer({ min: 0, max: 100 }),
        ([n, k], percent) => {
          const threshold = percent / 100;
          const expected = 100 * k >= percent * n;
          const fromTickets = checkpointFigures({ responsiveness: { source: 'tickets' } }, { ...context, threshold, ticketImport: importWithin(k, n) });
          expect(fromTickets.responsiveness.shareWithinTarget).toBe(k / n);
          expect(fromTickets.promise3.met).toBe(expected);
          const byHand = checkpointFigures({ responsiveness: { source: 'aggregates', shareWithinTarget: k / n } }, { ...context, threshold });
          expect(byHand.promise3.met).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('contacts per client is the total over the clients, to two decimals', () => {
    const count = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.record({ phone: count, email: count, chat: count, portal: count, other: count }), fc.integer({ min: 0, max: 10_000 }), (contacts, activeClients) => {
        const figures = checkpointFigures({ volume: { contacts, activeClients } }, context);
        const total = contacts.phone + contacts.email + contacts.chat + contacts.portal + contacts.other;
        expect(figures.totalContacts).toBe(total);
        if (activeClients === 0) expect(figures.contactsPerClient).toBeNull();
        else {
          const perClient = figures.contactsPerClient ?? Number.NaN;
          expect(Math.abs(perClient - total / activeClients)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(perClient * 100 - Math.round(perClient * 100))).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives computeNps’s figures exactly when the NPS numbers are complete and consistent', () => {
    const count = fc.integer({ min: 0, max: 60 });
    const anyCounts = fc.record({ population: count, invited: count, responses: count, promoters: count, passives: count, detractors: count });
    // Consistent surveys, sometimes nudged by one in one field.
    const consistent = fc
      .record({ promoters: count, passives: count, detractors: count, notResponding: count, notInvited: count, nudge: fc.option(fc.constantFrom(...NPS_FIELDS), { nil: null }) })
      .map(({ promoters, passives, detractors, notResponding, notInvited, nudge }) => {
        const responses = promoters + passives + detractors;
        const counts = { population: responses + notResponding + notInvited, invited: responses + notResponding, responses, promoters, passives, detractors };
        if (nudge) counts[nudge] += 1;
        return counts;
      });
    fc.assert(
      fc.property(
        fc.oneof(anyCounts, consistent),
        fc.constantFrom(...SAMPLE_METHODS),
        (counts, sampleMethod) => {
          const input: NpsInput = { ...counts, sampleMethod };
          const figures = checkpointFigures({ nps: { ...counts, sampleMethod } }, context);
          expect(figures.nps).toEqual(npsInconsistencies(input).length === 0 ? computeNps(input) : null);
        },
      ),
      { numRuns: 150 },
    );
  });
});
