import { DEFAULT_CALENDAR, DEFAULT_PRIORITY_MAP, ErrorCode, HOUR_MS, type TicketFigures, TicketImportSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, movableClock, withTokens } from '../../../../test/factories.ts';
import { auditOf } from '../../../../test/queries.ts';
import { Checkpoint } from '../checkpoint.entity.ts';

/**
 * POST /vendors/{id}/checkpoints/{period}/tickets with files whose answers are worked out by hand.
 * The vendors' calendar is Monday to Friday 09:00–17:00 (UTC unless said otherwise) with Tuesday
 * 10 March 2026 a holiday; 2 March 2026 is a Monday. The clock stands on 10 July 2026, after 2026-H1.
 * The app allows 4 KiB per file, so the limit is easy to cross.
 */
const LIMIT = 4096;
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
let t: TestApp;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { IMPORT_LIMIT: String(LIMIT) } });
  adminAuth = bearer(t.app, await createUser(t.db));
});
afterAll(async () => t.close());

const url = (vendorId: string, period: string, action = '') => `/api/v1/vendors/${vendorId}/checkpoints/${period}${action}`;

async function team(timeZone = 'UTC') {
  const people = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'), { vendor: { calendar: { ...DEFAULT_CALENDAR, timeZone, holidays: ['2026-03-10'] } } });
  return withTokens(t.app, people);
}

const postCsv = (auth: string, vendorId: string, body: string, period = '2026-H1') =>
  t.http().post(url(vendorId, period, '/tickets')).set('authorization', auth).set('content-type', 'text/csv').send(body);

const postFile = (auth: string, vendorId: string, body: string, period = '2026-H1') =>
  t.http().post(url(vendorId, period, '/tickets')).set('authorization', auth).attach('file', Buffer.from(body, 'utf8'), { filename: 'tickets.csv', contentType: 'text/csv' });

const figures = (tickets: number, answered: number, withinTarget: number, shareWithinTarget: number | null, median: number | null, p90: number | null): TicketFigures => ({
  tickets,
  answered,
  unanswered: tickets - answered,
  withinTarget,
  shareWithinTarget,
  medianBusinessMinutes: median,
  p90BusinessMinutes: p90,
});

/**
 * Our layout. Usable tickets and their business minutes to first response:
 * T1 120 (exactly the target: within) · T2 121 · T3 Friday 16:30 → Monday 09:45 = 75 · T4 opened
 * Saturday, answered Monday 10:00 = 60 · T5 Monday 16:00 → Wednesday 09:30 across the Tuesday
 * holiday = 60 + 30 = 90 · T6 unanswered · T7 Wednesday 09:00 → Thursday 10:00 = 540 · T8 created
 * 13:00+01:00 (12:00 UTC), answered 12:30 UTC = 30, no priority. Then six rows that cannot be used.
 */
const KNOWN = [
  'id,created_at,first_response_at,priority,channel,solved_at',
  'T1,2026-03-02T09:00:00Z,2026-03-02T11:00:00Z,High,email,2026-03-02T15:00:00Z',
  'T2,2026-03-02T10:00:00Z,2026-03-02T12:01:00Z,high,phone,',
  'T3,2026-03-06T16:30:00Z,2026-03-09T09:45:00Z,low,"chat,\nthen e-mail",', // lines 4–5
  'T4,2026-03-07T11:00:00Z,2026-03-09T10:00:00Z,low,portal,',
  'T5,2026-03-09T16:00:00Z,2026-03-11T09:30:00Z,medium,email,',
  'T6,2026-03-11T09:00:00Z,,medium,email,',
  'T7,2026-03-11T09:00:00Z,2026-03-12T10:00:00Z,HIGH,email,',
  'T8,2026-03-12T13:00:00+01:00,2026-03-12T12:30:00Z,,other,',
  'X1,2026-03-02 09:00,2026-03-02T10:00:00Z,low,email,', // line 11
  ',2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,',
  'T1,2026-03-03T09:00:00Z,2026-03-03T09:10:00Z,low,email,',
  'X4,2026-03-04T10:00:00Z,2026-03-04T09:00:00Z,low,email,',
  'X5,2025-12-31T12:00:00Z,2026-01-02T09:00:00Z,low,email,',
  'X6,2026-03-05T09:00:00Z',
].join('\n');

const KNOWN_ERRORS = [
  { line: 11, reason: 'created at "2026-03-02 09:00" is not an ISO 8601 instant with its offset' },
  { line: 12, reason: 'has no ticket id' },
  { line: 13, reason: 'repeats ticket T1 of line 2' },
  { line: 14, reason: 'was answered before it was created' },
  { line: 15, reason: 'was created on 2025-12-31, outside 2026-H1' },
  { line: 16, reason: 'has 2 fields; the header has at least 4' },
];

const KNOWN_RESULT = {
  format: 'cep',
  timeZone: 'UTC',
  targetMinutes: 120,
  importedAt: '2026-07-10T10:00:00.000Z',
  rows: 14,
  overall: figures(8, 7, 5, 0.625, 90, 540),
  byPriority: [
    { priority: '(none)', ...figures(1, 1, 1, 1, 30, 30) },
    { priority: 'high', ...figures(3, 3, 1, 1 / 3, 121, 540) },
    { priority: 'low', ...figures(2, 2, 2, 1, 60, 75) },
    { priority: 'medium', ...figures(2, 1, 1, 0.5, 90, 90) },
  ],
  priorityMap: DEFAULT_PRIORITY_MAP,
  // T3's channel, "chat, then e-mail", reads as e-mail.
  byChannel: { phone: 1, email: 5, chat: 0, portal: 1, other: 1 },
  issueColumn: null,
  suggestedIssues: [],
  errorCount: 6,
  errors: KNOWN_ERRORS,
};

describe('POST /api/v1/vendors/:id/checkpoints/:period/tickets', () => {
  it('computes a known file sent as text/csv, overall and by priority, leaving out the bad rows', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await postCsv(ownerAuth, vendor.id, `${KNOWN}\n`);
    expect(res.status).toBe(200);
    expectSchema(TicketImportSchema, res.body);
    expect(res.body).toEqual(KNOWN_RESULT);
  });

  it('refuses an export that names more distinct priorities than any helpdesk has, naming the line', async () => {
    const { vendor, ownerAuth } = await team();
    const rows = Array.from({ length: 21 }, (_, i) => `P${i},2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,level-${i},email,`);
    const res = await postCsv(ownerAuth, vendor.id, ['id,created_at,first_response_at,priority,channel,solved_at', ...rows].join('\n'));
    expectFieldErrors(res, ['file']);
    expect(res.body.errors[0].message).toBe('The export names more than 20 distinct priorities (line 22: "level-20"); map them to your few levels before importing');
    // Twenty are fine.
    expect((await postCsv(ownerAuth, vendor.id, ['id,created_at,first_response_at,priority,channel,solved_at', ...rows.slice(0, 20)].join('\n'))).status).toBe(200);
  });

  it('takes spreadsheet formulas in cells as plain text: they never reach a figure, and an unusable one is listed as typed', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await postCsv(
      ownerAuth,
      vendor.id,
      ['id,created_at,first_response_at,priority,channel,solved_at', '=HYPERLINK("http://evil.example"),2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,', '@SUM(1+1),=1+1,2026-03-02T10:00:00Z,-2+3,email,'].join('\n'),
    );
    expect(res.status).toBe(200);
    expect(res.body.overall.tickets).toBe(1);
    expect(res.body.errors).toEqual([{ line: 3, reason: expect.stringContaining('=1+1') }]);
  });

  it('makes the import the draft’s responsiveness, and the figures follow it', async () => {
    const { vendor, ownerAuth } = await team();
    const imported = await postCsv(ownerAuth, vendor.id, KNOWN);
    expect(imported.status).toBe(200);

    const read = await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth);
    expect(read.body).toMatchObject({ status: 'draft', version: 1, data: { responsiveness: { source: 'tickets' } }, ticketImport: imported.body });
    expect(read.body.figures.responsiveness).toEqual({ source: 'tickets', medianBusinessMinutes: 90, p90BusinessMinutes: 540, shareWithinTarget: 0.625 });
    expect(read.body.figures.promise3).toEqual({ targetMinutes: 120, threshold: 0.95, met: false });
    expect(read.body.missing).not.toContain('responsiveness');
    expect(read.body.missing).not.toContain('responsiveness.tickets');

    const checkpoint = await t.db.getRepository(Checkpoint).findOneByOrFail({ vendorId: vendor.id, period: '2026-H1' });
    expect((await auditOf(t.db, checkpoint.id)).map((a) => [a.action, a.reason])).toEqual([['checkpoint.tickets_imported', '2026-H1: 8 tickets from a cep export, 6 rows not used']]);
  });

  it('takes the same file as multipart/form-data in the field "file", keeping the rest of the draft', async () => {
    const { vendor, memberAuth, ownerAuth } = await team();
    await t.http().put(url(vendor.id, '2026-H1')).set('authorization', ownerAuth).send(checkpointData());
    const res = await postFile(memberAuth, vendor.id, KNOWN);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(KNOWN_RESULT);

    const read = await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth);
    expect(read.body).toMatchObject({ version: 2, data: { ...checkpointData(), responsiveness: { source: 'tickets' } }, missing: [] });
    const submitted = await t.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth);
    expect(submitted.status).toBe(200);
    expect(submitted.body.figures.responsiveness).toEqual({ source: 'tickets', medianBusinessMinutes: 90, p90BusinessMinutes: 540, shareWithinTarget: 0.625 });

    const queue = await t.http().get('/api/v1/checkpoints').query({ period: '2026-H1' }).set('authorization', adminAuth);
    expect(queue.body.items.find((i: { vendorId: string }) => i.vendorId === vendor.id)).toMatchObject({ status: 'submitted', promise3Met: false });
  });

  it('reads a byte-order mark and CRLF line ends', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await postCsv(ownerAuth, vendor.id, `\uFEFF${KNOWN.replace(/\n/g, '\r\n')}\r\n`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(KNOWN_RESULT);
  });

  it('replaces the last import when the vendor imports again', async () => {
    const { vendor, ownerAuth } = await team();
    await postCsv(ownerAuth, vendor.id, KNOWN);
    time.advance(HOUR_MS);
    const second = await postCsv(ownerAuth, vendor.id, 'id,created_at,first_response_at,priority\nA,2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,low\n');
    time.advance(-HOUR_MS);
    expect(second.status).toBe(200);
    const read = await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth);
    expect(read.body.ticketImport).toEqual(second.body);
    expect(read.body.ticketImport.importedAt).toBe('2026-07-10T11:00:00.000Z');
    expect(read.body.figures.responsiveness).toEqual({ source: 'tickets', medianBusinessMinutes: 10, p90BusinessMinutes: 10, shareWithinTarget: 1 });
    expect(read.body.version).toBe(2);
  });

  it('recognises a Zendesk export and reads its timestamps in the vendor’s zone, across the change to summer time', async () => {
    // Europe/Berlin, which moves to summer time on Sunday 29 March 2026.
    // Z1 Friday 16:00 CET + 3,900 real minutes = Monday 10:00 CEST: 60 + 60 = 120 business minutes.
    // Z2 Monday 10:00 + 30 = 30. Z3 Monday 08:00 + 180 = 11:00: 120. Z4 Tuesday 16:00 + 1,200 = Wednesday 12:00: 60 + 180 = 240. Z5 unanswered.
    const { vendor, ownerAuth } = await team('Europe/Berlin');
    const zendesk = [
      'Ticket ID,Subject,Requester,Created at,Priority,Solved at,First reply time in minutes,First reply time in minutes within business hours',
      '1,"Login fails, again",Ann,2026-03-27 16:00:00,Urgent,2026-03-30 12:00:00,3900,120',
      '2,Printing,Bo,2026-03-02 10:00:00,Normal,,30,30',
      '3,Reports,Cy,2026-03-30 08:00:00,Normal,,180,999',
      '4,Export,Di,2026-03-31 16:00:00,Low,,1200,1',
      '5,Question,Ed,2026-04-01 09:00:00,low,,,',
    ].join('\n');
    const res = await postCsv(ownerAuth, vendor.id, zendesk);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'zendesk', timeZone: 'Europe/Berlin', rows: 5, errorCount: 0, overall: figures(5, 4, 3, 0.6, 120, 240) });
    // Zendesk's priorities read as the vendor's levels by default: urgent → high, normal → medium.
    expect(res.body.byPriority).toEqual([
      { priority: 'high', ...figures(1, 1, 1, 1, 120, 120) },
      { priority: 'low', ...figures(2, 1, 0, 0, 240, 240) },
      { priority: 'medium', ...figures(2, 2, 2, 1, 30, 120) },
    ]);

    // The vendor's own reading: normal is low here, and urgent stays as the export wrote it.
    const mapped = await postCsv(ownerAuth, vendor.id, zendesk).query({ priorityMap: 'normal:low, low:low' });
    expect(mapped.status).toBe(200);
    expect(mapped.body.priorityMap).toEqual({ normal: 'low', low: 'low' });
    expect(mapped.body.byPriority.map((p: { priority: string; tickets: number }) => [p.priority, p.tickets])).toEqual([
      ['low', 4],
      ['urgent', 1],
    ]);

    // Read as UTC instead, the same file opens later in Berlin: 120, 30, 180 and 300 business minutes.
    const inUtc = await postCsv(ownerAuth, vendor.id, zendesk).query({ timeZone: 'UTC' });
    expect(inUtc.status).toBe(200);
    expect(inUtc.body).toMatchObject({ timeZone: 'UTC', overall: figures(5, 4, 2, 0.4, 120, 300) });
  });

  it('recognises a Freshdesk export and reads its timestamps in the zone asked for', async () => {
    const { vendor, ownerAuth } = await team();
    const freshdesk = [
      'Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Initial response time',
      '11,Login,Closed,Urgent,Email,,Ann,L1,2026-03-02 09:00:00,2026-03-02 17:00:00,2026-03-02 12:00:00,2026-03-02 12:00:00,2026-03-02 12:00:00,2026-03-02 11:00:00',
      '12,Print,Open,Medium,Phone,,Bo,L1,2026-03-02 09:00:00,2026-03-03 17:00:00,,,2026-03-02 11:00:30,2026-03-02 11:00:30',
    ].join('\n');
    const res = await postFile(ownerAuth, vendor.id, freshdesk);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'freshdesk', timeZone: 'UTC', overall: figures(2, 2, 1, 0.5, 120, 120.5) });
    expect(res.body.byPriority.map((p: { priority: string }) => p.priority)).toEqual(['high', 'medium']);
    expect(res.body).toMatchObject({ byChannel: { email: 1, phone: 1, chat: 0, portal: 0, other: 0 }, issueColumn: 'type', suggestedIssues: [] });

    // In Berlin the tickets were opened at 08:00 UTC, an hour before the (UTC) calendar opens: 60 and 60.5.
    const inBerlin = await t.http().post(url(vendor.id, '2026-H1', '/tickets')).query({ timeZone: 'Europe/Berlin' }).set('authorization', ownerAuth).set('content-type', 'text/csv').send(freshdesk);
    expect(inBerlin.body).toMatchObject({ timeZone: 'Europe/Berlin', overall: figures(2, 2, 2, 1, 60, 60.5) });
  });
});

describe('ticket files that cannot be used', () => {
  it('answers 400 for a header it does not know, naming the file', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await postCsv(ownerAuth, vendor.id, 'number,opened,answered\n1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z\n');
    expectFieldErrors(res, ['file']);
    expect(res.body.errors[0].message).toMatch(/^The header row matches no known layout/);
    const half = await postCsv(ownerAuth, vendor.id, 'Ticket ID,Created at,Priority\n1,2026-03-02 09:00,low\n');
    expectFieldErrors(half, ['file']);
    expect(half.body.detail).toBe('The header looks like a zendesk export but lacks "first reply time in minutes"');
  });

  it('answers 400 for an empty body, a header without tickets, and a multipart request without a file', async () => {
    const { vendor, ownerAuth } = await team();
    const empty = await postCsv(ownerAuth, vendor.id, '');
    expectFieldErrors(empty, ['file']);
    expect(empty.body.errors[0].message).toBe('The file is empty: a header row and at least one ticket are needed');
    expectFieldErrors(await postCsv(ownerAuth, vendor.id, '\r\n\r\n'), ['file']);
    expectFieldErrors(await postFile(ownerAuth, vendor.id, ''), ['file']);
    const headerOnly = await postCsv(ownerAuth, vendor.id, 'id,created_at,first_response_at,priority\n');
    expectFieldErrors(headerOnly, ['file']);
    expect(headerOnly.body.detail).toBe('The file has a header but no tickets');
    const noFile = await t.http().post(url(vendor.id, '2026-H1', '/tickets')).set('authorization', ownerAuth).field('note', 'no file here');
    expectFieldErrors(noFile, ['file']);
  });

  it('answers 400 when no row can be used, listing the rows with their lines, and saves nothing', async () => {
    const { vendor, ownerAuth } = await team();
    const bad = [
      'id,created_at,first_response_at,priority,channel,solved_at',
      'X1,2026-03-02 09:00,2026-03-02T10:00:00Z,low,email,',
      ',2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,',
      'X4,2026-03-04T10:00:00Z,2026-03-04T09:00:00Z,low,email,',
      'X4,2026-03-04T10:00:00Z,2026-03-04T11:00:00Z,low,email,',
      'X5,2025-12-31T12:00:00Z,2026-01-02T09:00:00Z,low,email,',
      'X6,2026-03-05T09:00:00Z',
    ].join('\n');
    const res = await postCsv(ownerAuth, vendor.id, bad);
    expectFieldErrors(res, ['file', 'file.line.2', 'file.line.3', 'file.line.4', 'file.line.5', 'file.line.6', 'file.line.7']);
    expect(res.body.detail).toBe('None of the 6 rows could be used');
    expect(res.body.errors).toEqual([
      { field: 'file', in: 'body', message: 'None of the 6 rows could be used' },
      { field: 'file.line.2', in: 'body', message: 'created at "2026-03-02 09:00" is not an ISO 8601 instant with its offset' },
      { field: 'file.line.3', in: 'body', message: 'has no ticket id' },
      { field: 'file.line.4', in: 'body', message: 'was answered before it was created' },
      { field: 'file.line.5', in: 'body', message: 'repeats ticket X4 of line 4' },
      { field: 'file.line.6', in: 'body', message: 'was created on 2025-12-31, outside 2026-H1' },
      { field: 'file.line.7', in: 'body', message: 'has 2 fields; the header has at least 4' },
    ]);
    expect(await t.db.getRepository(Checkpoint).countBy({ vendorId: vendor.id })).toBe(0);
  });

  it('answers 400 naming timeZone when it is no IANA zone or not a known query parameter', async () => {
    const { vendor, ownerAuth } = await team();
    for (const timeZone of ['Mars/Olympus', '+05:00', 'CET ', '']) {
      const res = await postCsv(ownerAuth, vendor.id, KNOWN).query({ timeZone });
      expect({ timeZone, status: res.status }).toEqual({ timeZone, status: 400 });
      expectFieldErrors(res, ['timeZone']);
    }
    expectFieldErrors(await postCsv(ownerAuth, vendor.id, KNOWN).query({ zone: 'UTC' }), ['zone']);
  });

  it('answers 400 naming priorityMap when a pair names no level of the vendor', async () => {
    const { vendor, ownerAuth } = await team();
    for (const priorityMap of ['urgent:critical', 'urgent', 'urgent:high,,normal', `${'x'.repeat(41)}:high`]) {
      const res = await postCsv(ownerAuth, vendor.id, KNOWN).query({ priorityMap });
      expect({ priorityMap, status: res.status }).toEqual({ priorityMap, status: 400 });
      expectFieldErrors(res, ['priorityMap']);
    }
  });

  it('answers 415 for a body that is no CSV or multipart, JSON and plain text included', async () => {
    const { vendor, ownerAuth } = await team();
    const post = () => t.http().post(url(vendor.id, '2026-H1', '/tickets')).set('authorization', ownerAuth);
    expectProblem(await post().set('content-type', 'application/xml').send('<tickets/>'), 415, ErrorCode.UnsupportedMediaType);
    expectProblem(await post().send({ tickets: [] }), 415, ErrorCode.UnsupportedMediaType);
    expectProblem(await post().set('content-type', 'text/plain').send(KNOWN), 415, ErrorCode.UnsupportedMediaType);
  });

  it('answers 400 for a multipart file under another field name than "file"', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await t.http().post(url(vendor.id, '2026-H1', '/tickets')).set('authorization', ownerAuth).attach('upload', Buffer.from(KNOWN), { filename: 'tickets.csv', contentType: 'text/csv' });
    expectFieldErrors(res, ['file']);
  });
});

describe('the size limit (IMPORT_LIMIT)', () => {
  /** A valid export of exactly `size` bytes: one ticket and a padded channel column. */
  function exportOf(size: number): string {
    const head = 'id,created_at,first_response_at,priority,channel\nT1,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,low,';
    return `${head}${'x'.repeat(size - head.length - 1)}\n`;
  }

  it('takes a file of exactly the limit', async () => {
    const { vendor, ownerAuth } = await team();
    const body = exportOf(LIMIT);
    expect(Buffer.byteLength(body)).toBe(LIMIT);
    expect((await postCsv(ownerAuth, vendor.id, body)).status).toBe(200);
    expect((await postFile(ownerAuth, vendor.id, body)).status).toBe(200);
  });

  it('answers 413 for a larger file, whether its length is declared or it is streamed in chunks, and saves nothing', async () => {
    const { vendor, ownerAuth } = await team();
    const body = exportOf(LIMIT + 1);
    expectProblem(await postCsv(ownerAuth, vendor.id, body), 413, ErrorCode.PayloadTooLarge);
    expectProblem(await postCsv(ownerAuth, vendor.id, exportOf(LIMIT * 10)), 413, ErrorCode.PayloadTooLarge);

    // Without Content-Length the body comes chunked and the limit is counted as it arrives.
    const chunked = t.http().post(url(vendor.id, '2026-H1', '/tickets')).set('authorization', ownerAuth).set('content-type', 'text/csv');
    for (let i = 0; i < body.length; i += 1000) chunked.write(body.slice(i, i + 1000));
    expectProblem(await chunked, 413, ErrorCode.PayloadTooLarge);

    // A multipart body declared far larger than the limit is refused before it is read.
    expectProblem(await postFile(ownerAuth, vendor.id, exportOf(LIMIT * 20)), 413, ErrorCode.PayloadTooLarge);
    expect(await t.db.getRepository(Checkpoint).countBy({ vendorId: vendor.id })).toBe(0);
    expect((await postCsv(ownerAuth, vendor.id, body)).body.detail).toBe('The file is larger than the 4 KB allowed');
  });

  it('answers another vendor’s people 404, not 413, whatever the size of what they send', async () => {
    const { vendor } = await team();
    const stranger = await team();
    expectProblem(await postCsv(stranger.ownerAuth, vendor.id, exportOf(LIMIT * 10)), 404, ErrorCode.NotFound);
  });

  it('answers 413 for a multipart file just over the limit instead of importing it cut short', async () => {
    const { vendor, ownerAuth } = await team();
    // 50 valid tickets, a little over 4 KiB: the rows past the limit must not silently drop out.
    const rows = Array.from({ length: 50 }, (_, i) => `TICKET-${String(i).padStart(4, '0')},2026-03-02T09:00:00Z,2026-03-02T09:${String(i).padStart(2, '0')}:00Z,low,email-and-phone-support`);
    const body = `id,created_at,first_response_at,priority,channel\n${rows.join('\n')}\n`;
    expect(Buffer.byteLength(body)).toBeGreaterThan(LIMIT);
    expect(Buffer.byteLength(body)).toBeLessThan(LIMIT + 1024);
    const res = await postFile(ownerAuth, vendor.id, body);
    expectProblem(res, 413, ErrorCode.PayloadTooLarge);
    expect(await t.db.getRepository(Checkpoint).countBy({ vendorId: vendor.id })).toBe(0);
  });
});

describe('which periods take an import', () => {
  it('answers 409 once the data was submitted or accepted, and takes returned data', async () => {
    const { vendor, ownerAuth } = await team();
    await createSubmission(t.db, vendor, '2026-H1', { status: 'submitted' });
    const res = await postCsv(ownerAuth, vendor.id, KNOWN);
    expectProblem(res, 409, ErrorCode.InvalidState);
    expect(res.body.detail).toContain('submitted');

    const other = await team();
    await createSubmission(t.db, other.vendor, '2026-H1', { status: 'accepted' });
    expectProblem(await postFile(other.ownerAuth, other.vendor.id, KNOWN), 409, ErrorCode.InvalidState);

    const third = await team();
    await createSubmission(t.db, third.vendor, '2026-H1', { status: 'returned', returnedAt: new Date('2026-07-08T10:00:00Z') });
    const fixed = await postCsv(third.ownerAuth, third.vendor.id, KNOWN);
    expect(fixed.status).toBe(200);
    const read = await t.http().get(url(third.vendor.id, '2026-H1')).set('authorization', third.ownerAuth);
    expect(read.body).toMatchObject({ status: 'returned', data: { responsiveness: { source: 'tickets' } }, figures: { responsiveness: { shareWithinTarget: 0.625 } } });
  });

  it('answers 400 naming the period before the pledge’s first one, in the future, or malformed', async () => {
    const { vendor, ownerAuth } = await team();
    expectFieldErrors(await postCsv(ownerAuth, vendor.id, KNOWN, '2025-H2'), ['period']);
    expectFieldErrors(await postCsv(ownerAuth, vendor.id, KNOWN, '2027-H1'), ['period']);
    expectFieldErrors(await postCsv(ownerAuth, vendor.id, KNOWN, '2026-H7'), ['period']);
  });

  it('leaves out tickets of the running period created after the moment of the import', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await postCsv(ownerAuth, vendor.id, 'id,created_at,first_response_at,priority\nA,2026-07-06T09:00:00Z,2026-07-06T09:20:00Z,low\nB,2026-07-10T10:00:01Z,,low\n', '2026-H2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, errorCount: 1, errors: [{ line: 3, reason: 'was created in the future' }], overall: figures(1, 1, 1, 1, 20, 20) });
  });
});

describe('files that are no ticket export, at the default size limit (50 MB)', () => {
  let big: TestApp;
  beforeAll(async () => {
    big = await createTestApp({ clock: time.clock });
  });
  afterAll(async () => big.close());

  it('answers 400, never a 5xx, for binary garbage up to the limit, a line of a megabyte, and a quote never closed', async () => {
    const people = await createPledgedVendor(big.db, new Date('2026-01-05T09:00:00Z'));
    const auth = bearer(big.app, people.owner);
    const post = (body: Buffer | string) => big.http().post(url(people.vendor.id, '2026-H1', '/tickets')).set('authorization', auth).set('content-type', 'text/csv').send(body);
    const garbage = Buffer.alloc(50 * 1024 * 1024 - 1);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
    const binary = await post(garbage);
    expectFieldErrors(binary, ['file']);
    // Its first "line" is no header the registry knows (or, without a line end within 64 KB, too long to be one).
    expect(binary.body.errors[0].message).toMatch(/^(The header row matches no known layout|This does not read as a CSV ticket export: line 1 is longer than 64 KB)/);

    const header = 'id,created_at,first_response_at,priority,channel,solved_at';
    const longLine = await post(`${header}\nT1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,\nT2,${'x'.repeat(1024 * 1024)}\n`);
    expectFieldErrors(longLine, ['file']);
    expect(longLine.body.errors[0].message).toBe('This does not read as a CSV ticket export: line 3 is longer than 64 KB (a binary file, or a quote never closed?)');
    const unclosed = await post(`${header}\nT1,"2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,\n${'T2,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,\n'.repeat(5000)}`);
    expectFieldErrors(unclosed, ['file']);
    expect(unclosed.body.errors[0].message).toMatch(/^This does not read as a CSV ticket export: line 2 is longer than 64 KB/);
    // The server still imports the next file.
    expect((await post(`${header}\nT1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,email,\n`)).status).toBe(200);
  }, 120_000);
});
