import type { CheckpointData } from '@cep/shared';

/** A complete draft, as a vendor saves one; `overrides` replace whole sections. */
export function checkpointData(overrides: Partial<CheckpointData> = {}): CheckpointData {
  return {
    volume: { contacts: { phone: 120, email: 340, chat: 80, portal: 15, other: 0 }, activeClients: 42 },
    responsiveness: { source: 'aggregates', medianBusinessMinutes: 35, p90BusinessMinutes: 110, shareWithinTarget: 0.96 },
    followUpShare: 0.9,
    topIssues: [{ id: 'issue-1', title: 'Exports time out', contacts: 40, averageHoursToResolve: 6.5, linkedIssueId: undefined }],
    nps: {
      population: 42,
      invited: 40,
      responses: 30,
      promoters: 18,
      passives: 8,
      detractors: 4,
      sampleMethod: 'after_ticket',
      sampleDescription: 'Every active client after a resolved ticket',
      detractorFollowUp: 'A call from the support lead within a week',
    },
    ...overrides,
  };
}
