import type { AnswerBody, AskBody, VendorMessageBody, ComplaintListQuery, DismissBody, WatchListQuery, FileComplaintBody, ForwardBody, OutcomeBody, RespondBody } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

const idempotent = (key: string) => ({ 'idempotency-key': key });
const complaint = (id: string) => ({ path: { id } });

/** 202 with a reference; 404 when the vendor is not a member; 429 (Retry-After) when too many are sent. */
export const fileComplaint = (body: FileComplaintBody, idempotencyKey: string) => unwrap(registry.POST('/api/v1/complaints', { body, headers: idempotent(idempotencyKey) }));

/** 410 when the link was used or has expired. */
export const confirmComplaint = (token: string) => unwrap(registry.POST('/api/v1/complaints/confirm', { body: { token } }));

/** 410 when the link was used or has expired. */
export const lookUpResponse = (token: string, signal?: AbortSignal) => unwrap(registry.POST('/api/v1/complaints/outcome/response', { body: { token }, signal }));

export const recordOutcome = (body: OutcomeBody) => unwrap(registry.POST('/api/v1/complaints/outcome', { body }));

/** The admin's confirmed complaints, or those forwarded to the caller's vendor. */
export const listComplaints = (query: ComplaintListQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/complaints', { params: { query }, signal }));

export const getComplaint = (id: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/complaints/{id}', { params: complaint(id), signal }));

/** Each answers the whole complaint; 409 when its state no longer allows the move. */
export const forwardComplaint = (id: string, body: ForwardBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/complaints/{id}/forward', { params: complaint(id), body, headers: idempotent(idempotencyKey) }));

export const dismissComplaint = (id: string, body: DismissBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/complaints/{id}/dismiss', { params: complaint(id), body, headers: idempotent(idempotencyKey) }));

export const respondToComplaint = (id: string, body: RespondBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/complaints/{id}/respond', { params: complaint(id), body, headers: idempotent(idempotencyKey) }));

export const getWatchList = (query: WatchListQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/watchlist', { params: { query }, signal }));

/** The conversation: each answers the whole complaint; 409 when the rule of who writes when says no. */
export const askForDetails = (id: string, body: AskBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/complaints/{id}/questions', { params: complaint(id), body, headers: idempotent(idempotencyKey) }));

export const writeAboutComplaint = (id: string, body: VendorMessageBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/complaints/{id}/messages', { params: complaint(id), body, headers: idempotent(idempotencyKey) }));

/** 410 once answered, or for an unknown link. */
export const lookUpQuestion = (token: string, signal?: AbortSignal) => unwrap(registry.POST('/api/v1/complaints/questions/view', { body: { token }, signal }));

export const answerQuestion = (body: AnswerBody) => unwrap(registry.POST('/api/v1/complaints/questions/answer', { body }));
