import type { EntityManager } from 'typeorm';
import { addDays, type CheckpointData, DAY_MS, DEFAULT_PRIORITY_MAP, HOUR_MS, periodBounds, type SubmissionStatus, type TicketImport } from '@cep/shared';
import { Checkpoint, recordReview, recordSubmission, ticketImport } from '../../modules/checkpoints/index.ts';
import { type Vendor } from '../../modules/vendors/index.ts';

/**
 * Believable checkpoint data for the demo: figures that improve period after period, an issue that
 * keeps coming back (recurring, then chronic), an NPS survey, and one period computed from a real
 * ticket export run through the importer, so every page of the checkpoints capability has data.
 */

const day = (date: string) => new Date(`${date}T12:00:00Z`);

/** Issues that come and go: each period's top five takes three of these, in turn. */
const PASSING_ISSUES = [
  'Calendar sync duplicates events',
  'Video playback stalls on mobile',
  'Invoice shows the wrong currency',
  'New users do not get the welcome e-mail',
  'Certificates print with the wrong date',
  'Search misses courses added today',
  'Password reset e-mail lands in spam',
  'Bulk enrolment file rejected',
];

/**
 * `step` 0, 1, 2… makes each later period a little better than the one before; `variant` gives each
 * vendor its own level, so the program's charts show vendors apart. Single sign-on keeps coming back
 * (recurring, then chronic); the grade export recurs once; the rest pass.
 */
export function demoData(step: number, source: 'aggregates' | 'tickets', variant = 0): CheckpointData {
  const clients = 180 + step * 15 + variant * 40;
  const passing = [0, 1, 2].map((k) => PASSING_ISSUES[(step * 3 + k + variant) % PASSING_ISSUES.length] ?? 'Other');
  const issues = [
    { id: `sso-${step}`, title: 'Single sign-on login fails', contacts: 140 - step * 20, averageHoursToResolve: 6 - step, linkedIssueId: step > 0 ? `sso-${step - 1}` : null },
    { id: `export-${step}`, title: step < 2 ? 'Grade export times out' : 'Report builder is slow', contacts: 95 - step * 10, averageHoursToResolve: 4.5 },
    ...passing.map((title, k) => ({ id: `issue-${step}-${k}`, title, contacts: 60 - k * 15 + step * 3, averageHoursToResolve: 3 - k * 0.5 })),
  ];
  const responses = 120 + step * 10 + variant * 7;
  const promoters = Math.round(responses * (0.45 + step * 0.04 + variant * 0.03));
  const detractors = Math.round(responses * (0.22 - step * 0.03 - variant * 0.01));
  return {
    volume: { contacts: { phone: 210 - step * 10, email: 640 + step * 20 - variant * 60, chat: 380 + step * 40, portal: 150, other: 12 }, activeClients: clients },
    responsiveness:
      source === 'tickets'
        ? { source: 'tickets' }
        : { source: 'aggregates', medianBusinessMinutes: 48 - step * 6 + variant * 5, p90BusinessMinutes: 150 - step * 15 + variant * 12, shareWithinTarget: Math.min(0.99, 0.9 + step * 0.02 - variant * 0.025) },
    followUpShare: Math.min(0.99, 0.88 + step * 0.03 - variant * 0.02),
    topIssues: issues,
    nps: {
      population: 2400 + step * 100,
      invited: 600,
      responses,
      promoters,
      passives: responses - promoters - detractors,
      detractors,
      sampleMethod: 'random',
      sampleDescription: 'A random 25% of active users, drawn by the survey tool each quarter.',
      detractorFollowUp: 'The customer success manager calls every detractor within a week.',
    },
  };
}

/** A deterministic ticket export for a period in our layout: mostly quick answers, some slow, a few bad rows. */
export function demoTicketCsv(period: string, tickets: number): string {
  const start = Date.parse(`${periodBounds(period).start}T00:00:00Z`);
  const span = Date.parse(`${periodBounds(period).end}T00:00:00Z`) - start;
  const lines = ['id,created_at,first_response_at,priority,channel,solved_at'];
  const priorities = ['low', 'medium', 'high'];
  const channels = ['email', 'chat', 'phone', 'portal'];
  for (let i = 1; i <= tickets; i++) {
    const created = start + Math.floor(((i * 7919) % tickets) / tickets * span);
    const minutes = i % 23 === 0 ? 300 : i % 11 === 0 ? 140 : (i * 37) % 110;
    const first = i % 97 === 0 ? '' : new Date(created + minutes * 60_000).toISOString();
    lines.push(`DEMO-${i},${new Date(created).toISOString()},${first},${priorities[i % 3]},${channels[i % 4]},${new Date(created + 26 * HOUR_MS).toISOString()}`);
  }
  lines.push('DEMO-bad,yesterday,,low,email,');
  return lines.join('\n');
}

export interface DemoCheckpoint {
  period: string;
  status: SubmissionStatus;
  step: number;
  source?: 'aggregates' | 'tickets';
  /** A draft begun but not finished: no top issues nor NPS yet. */
  partial?: boolean;
  reviewNotes?: string;
}

/** Writes a vendor's checkpoints; submissions and reviews are dated after each period, never after `now`. */
export async function seedCheckpoints(manager: EntityManager, vendor: Vendor, checkpoints: DemoCheckpoint[], now: Date, targetMinutes: number): Promise<void> {
  const notAfterNow = (date: Date) => (date > now ? new Date(now.getTime() - HOUR_MS) : date);
  for (const c of checkpoints) {
    const source = c.source ?? 'aggregates';
    let imported: TicketImport | null = null;
    if (source === 'tickets') {
      const importer = ticketImport({ calendar: vendor.calendar, timeZone: vendor.calendar.timeZone, targetMinutes, period: c.period, now, priorityMap: { ...DEFAULT_PRIORITY_MAP } });
      importer.push(demoTicketCsv(c.period, 2400));
      imported = importer.finish();
    }
    const end = periodBounds(c.period).end;
    // Returned data is returned days ago: left longer, it would already have lapsed the pledge.
    const returned = c.status === 'returned';
    const submittedAt = c.status === 'draft' ? null : returned ? new Date(now.getTime() - 5 * DAY_MS) : notAfterNow(day(addDays(end, 12)));
    const reviewedAt = returned ? new Date(now.getTime() - 3 * DAY_MS) : c.status === 'accepted' ? notAfterNow(day(addDays(end, 20))) : null;
    // Each vendor at its own level (from its slug), so the program's charts tell them apart.
    const variant = [...vendor.slug].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 4;
    const full = demoData(c.step, source, variant);
    const data = c.partial ? { volume: full.volume, responsiveness: full.responsiveness } : full;
    const { identifiers } = await manager.getRepository(Checkpoint).insert({
      vendorId: vendor.id,
      period: c.period,
      status: c.status,
      data,
      ticketImport: imported,
      submittedAt,
      reviewedAt,
      reviewNotes: c.reviewNotes ?? null,
      returnedAt: returned ? reviewedAt : null,
    });
    const id = String(identifiers[0]?.id);
    if (returned && submittedAt) {
      // A thread of two: a first version without the follow-up share, returned for it, then this one.
      await recordSubmission(manager, id, { ...data, followUpShare: null }, new Date(submittedAt.getTime() - 4 * DAY_MS));
      await recordReview(manager, id, 'returned', 'The share of open tickets with a daily follow-up is missing; please add it.', new Date(submittedAt.getTime() - 3 * DAY_MS));
    }
    if (submittedAt) await recordSubmission(manager, id, data, submittedAt);
    if (reviewedAt && (c.status === 'accepted' || returned)) await recordReview(manager, id, c.status === 'accepted' ? 'accepted' : 'returned', c.reviewNotes ?? null, reviewedAt);
  }
}
