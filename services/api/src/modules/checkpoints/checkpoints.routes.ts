import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  CheckpointCalendar,
  CheckpointDataSchema,
  ErrorCode,
  IdParams,
  PeriodParams,
  ProgramMetrics,
  ReviewBody,
  Role,
  SubmissionQueue,
  SubmissionQueueQuery,
  SubmissionSchema,
  TicketImportQuery,
  TicketImportSchema,
  VendorMetrics,
  DEFAULT_PRIORITY_MAP,
  isValidTimeZone,
  parsePriorityMap,
  TIME_ZONE_MESSAGE, ApiScope } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { AppError, invalid } from '../../plugins/errors.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { etagOf } from '../../plugins/preconditions.ts';
import { actorOf } from '../audit/index.ts';
import { checkpointCalendar } from './checkpoints.service.ts';
import { vendorMetrics } from './metrics.service.ts';
import { programMetrics } from './program-figures.service.ts';
import { getSubmission, importContext, listSubmissions, reviewCheckpoint, saveDraft, saveTicketImport, submitCheckpoint } from './submissions.service.ts';
import { ImportError } from './ticket-import.ts';
import { createTicketImportPool } from './ticket-import-pool.ts';

const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'The ETag from GET …/checkpoints/{period}; needed once a draft exists' })) });
const CSV_TYPES = ['text/csv', 'application/csv'];
const TICKET_UPLOAD_BODY = {
  content: {
    'text/csv': { schema: { type: 'string', description: 'The ticket export, header row first' } },
    'multipart/form-data': {
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The ticket export (CSV)' } } },
    },
  },
};
/** Room for the multipart envelope around a file of the configured size. */
const MULTIPART_SLACK = 64 * 1024;

export const checkpointsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vendors/:id/checkpoints',
    {
      config: { scopes: [ApiScope.CheckpointsRead, ApiScope.CheckpointsWrite, ApiScope.AdminRead] },
      schema: {
        tags: ['checkpoints'],
        summary: 'The checkpoint calendar: periods, due dates and status',
        description: 'Periods are YYYY-H1 / YYYY-H2, from the one in which the pledge became active; data is due 30 days after a period ends.',
        params: IdParams,
        response: { 200: CheckpointCalendar, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => checkpointCalendar(app.ctx, principalOf(request), request.params.id),
  );

  app.get(
    '/vendors/:id/checkpoints/:period',
    {
      config: { scopes: [ApiScope.CheckpointsRead, ApiScope.CheckpointsWrite, ApiScope.AdminRead] },
      schema: {
        tags: ['checkpoints'],
        summary: 'One period’s submission with the figures the registry computes from it',
        description: 'A period without saved data answers an empty draft (version 0). `missing` lists what is still needed before submitting.',
        params: PeriodParams,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const submission = await getSubmission(app.ctx, principalOf(request), request.params.id, request.params.period);
      return reply.header('etag', etagOf(submission.version)).send(submission);
    },
  );

  app.put(
    '/vendors/:id/checkpoints/:period',
    {
      config: { roles: [Role.VendorOwner, Role.VendorMember], scopes: [ApiScope.CheckpointsWrite] },
      schema: {
        tags: ['checkpoints'],
        summary: 'Save the draft (the whole of it, replacing the last save)',
        description:
          'A draft may be incomplete but never contradictory: NPS groups must sum to the responses, responses may not exceed the invited nor the invited the population. Send If-Match with the ETag once a draft exists (412 when stale). Submitted or accepted data is 409.',
        params: PeriodParams,
        headers: IfMatchHeaders,
        body: CheckpointDataSchema,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id, period } = request.params;
      const submission = await saveDraft(app.ctx, principalOf(request), id, period, request.headers['if-match'], request.body, actorOf(request));
      return reply.header('etag', etagOf(submission.version)).send(submission);
    },
  );

  app.post(
    '/vendors/:id/checkpoints/:period/submit',
    {
      config: { roles: [Role.VendorOwner, Role.VendorMember], idempotent: true },
      schema: {
        tags: ['checkpoints'],
        summary: 'Submit the period’s data for review',
        description:
          'The period must have ended and the draft be complete (400 lists what is missing). A lapsed pledge whose data is all in again becomes active. The admins are e-mailed.',
        params: PeriodParams,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => submitCheckpoint(app.ctx, principalOf(request), request.params.id, request.params.period, actorOf(request)),
  );

  app.post(
    '/vendors/:id/checkpoints/:period/review',
    {
      config: { roles: [Role.Admin], idempotent: true },
      schema: {
        tags: ['checkpoints'],
        summary: 'Accept or return submitted data (admin)',
        description: 'Returning needs notes; the vendor is e-mailed either way. Returned data not resubmitted within 14 days lapses the pledge.',
        params: PeriodParams,
        body: ReviewBody,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => reviewCheckpoint(app.ctx, request.params.id, request.params.period, request.body, actorOf(request)),
  );

  app.get(
    '/checkpoints',
    {
      config: { roles: [Role.Admin], scopes: [ApiScope.AdminRead] },
      schema: {
        tags: ['checkpoints'],
        summary: 'The review queue: submissions by status, oldest first (admin)',
        querystring: SubmissionQueueQuery,
        response: { 200: SubmissionQueue, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listSubmissions(app.ctx, request.query),
  );

  app.get(
    '/vendors/:id/metrics',
    {
      config: { scopes: [ApiScope.CheckpointsRead, ApiScope.CheckpointsWrite, ApiScope.AdminRead] },
      schema: {
        tags: ['checkpoints'],
        summary: 'A vendor’s figures period by period (submitted and accepted data)',
        params: IdParams,
        response: { 200: VendorMetrics, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => vendorMetrics(app.ctx, principalOf(request), request.params.id),
  );

  app.get(
    '/metrics',
    {
      config: { roles: [Role.Admin], scopes: [ApiScope.AdminRead] },
      schema: { tags: ['checkpoints'], summary: 'The program’s figures period by period: vendors delivering, promise-3 verdicts and mean figures (admin)', response: { 200: ProgramMetrics, ...problemResponses(401, 403) } },
    },
    async () => programMetrics(app.ctx),
  );

  await app.register(ticketImportRoute);
};

/** The ticket-export upload, in its own scope: it alone reads CSV and multipart bodies, as streams. */
const ticketImportRoute: FastifyPluginAsyncTypebox = async (app) => {
  const limit = app.ctx.config.importLimit;
  // Parsing and tallying run in worker threads: a 200,000-row export never stalls the event loop.
  const imports = createTicketImportPool();
  app.addHook('onClose', async () => imports.close());
  // The body stays a stream: the file is read as it arrives and never held whole in memory.
  app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));
  await app.register(multipart, { limits: { fileSize: limit, files: 1, fields: 5, parts: 6 } });

  app.post(
    '/vendors/:id/checkpoints/:period/tickets',
    {
      config: {
        roles: [Role.VendorOwner, Role.VendorMember],
        scopes: [ApiScope.CheckpointsWrite],
        // The body is read as a stream, so it has no schema to validate; the docs still show its two forms.
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: TICKET_UPLOAD_BODY }, url }),
      },
      schema: {
        tags: ['checkpoints'],
        summary: 'Import a ticket export (CSV) and compute responsiveness from it',
        description: [
          'Send the file as the body with `Content-Type: text/csv`, or as `multipart/form-data` in the field `file`. Recognised from the header row:',
          '- ours: `id,created_at,first_response_at,priority,channel,solved_at,category`, ISO 8601 instants with their offsets (template: `/ticket-export-template.csv`);',
          '- Zendesk: `Ticket ID`, `Created at`, `Priority`, `First reply time in minutes` (the first reply is Created at plus those calendar minutes), and if present `Solved at`, `Via`, `Tags` or `Type`;',
          '- Freshdesk: `Ticket ID`, `Created time`, `Initial response time`, `Priority`, and if present `Resolved time`, `Source`, `Type` or `Tags`.',
          'Priorities are read as your levels through `priorityMap` (default: urgent and high → high, normal and medium → medium, low → low). A channel column gives `byChannel` (phone, email, chat, portal, other); a category, tags or type column gives `suggestedIssues`, the five most frequent with their mean business hours to resolve. At most 20 priorities, 50 channels and 2,000 tags (400 beyond).',
          'Zendesk and Freshdesk timestamps without an offset are read in `timeZone` (default: the vendor’s calendar zone). Business minutes are recomputed on the vendor’s calendar.',
          'Rows that cannot be used are listed with their line and reason (the first 1,000) and left out of every figure. A file with no usable row is 400; one over the configured limit (IMPORT_LIMIT, 50 MB by default) is 413.',
          'The figures become the draft’s responsiveness. Importing again replaces the last import, so a retry is harmless.',
        ].join('\n'),
        params: PeriodParams,
        querystring: TicketImportQuery,
        response: { 200: TicketImportSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const { id, period } = request.params;
      const context = await importContext(app.ctx, principalOf(request), id, period);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limit + (request.isMultipart() ? MULTIPART_SLACK : 0)) throw tooLarge(limit);
      const timeZone = request.query.timeZone ?? context.calendar.timeZone;
      if (!isValidTimeZone(timeZone)) throw invalid([{ field: 'timeZone', in: 'querystring', message: TIME_ZONE_MESSAGE }]);
      // The schema's pattern already refused malformed pairs; what it lets through parses.
      const priorityMap = request.query.priorityMap === undefined ? { ...DEFAULT_PRIORITY_MAP } : parsePriorityMap(request.query.priorityMap);
      if (!priorityMap) throw invalid([{ field: 'priorityMap', in: 'querystring', message: 'must be pairs such as urgent:high,normal:medium' }]);

      const source = await uploadedStream(request);
      try {
        const result = await imports.run(source, { ...context, timeZone, period, priorityMap }, limit, () => tooLarge(limit));
        await saveTicketImport(app.ctx, id, period, result, actorOf(request));
        return result;
      } catch (error) {
        // Let the rest of an abandoned upload drain, so the client reads our answer.
        source.resume();
        if (error instanceof ImportError) {
          throw invalid([{ field: 'file', in: 'body', message: error.message }, ...error.rows.map((r) => ({ field: `file.line.${r.line}`, in: 'body' as const, message: r.reason }))], error.message);
        }
        throw error;
      }
    },
  );
};

const tooLarge = (limit: number) =>
  new AppError(ErrorCode.PayloadTooLarge, `The file is larger than the ${limit >= 1024 * 1024 ? `${(limit / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(limit / 1024)} KB`} allowed`);

async function uploadedStream(request: FastifyRequest): Promise<Readable> {
  if (!request.isMultipart()) {
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!CSV_TYPES.includes(type)) throw new AppError(ErrorCode.UnsupportedMediaType, 'Send the file as text/csv, or as multipart/form-data in the field "file"');
    // An empty body never reaches the CSV parser, so there is no stream to read.
    const body = request.body as Readable | undefined;
    if (!body || typeof body.on !== 'function') throw invalid([{ field: 'file', in: 'body', message: 'The file is empty: a header row and at least one ticket are needed' }]);
    return body;
  }
  const file = await request.file();
  if (!file || file.fieldname !== 'file') throw invalid([{ field: 'file', in: 'body', message: 'send the CSV file in the multipart field "file"' }]);
  return file.file;
}
