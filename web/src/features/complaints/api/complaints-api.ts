import type {
  Complaint,
  ComplaintFiled,
  ComplaintList,
  ComplaintListQuery,
  ComplaintTokenResult,
  DismissBody,
  FileComplaintBody,
  ForwardBody,
  OutcomeBody,
  RespondBody,
  WatchList,
} from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

const complaintPath = (id: string) => `/complaints/${encodeURIComponent(id)}`;
const idempotent = (key: string) => ({ headers: { 'idempotency-key': key } });

/** 202 with a reference; 404 when the vendor is not a member; 429 (Retry-After) when too many are sent. */
export const fileComplaint = (body: FileComplaintBody, idempotencyKey: string) =>
  api.post<ComplaintFiled>('/complaints', body, { auth: false, ...idempotent(idempotencyKey) });

/** 410 when the link was used or has expired. */
export const confirmComplaint = (token: string) => api.post<ComplaintTokenResult>('/complaints/confirm', { token }, { auth: false });

/** 410 when the link was used or has expired. */
export const recordOutcome = (body: OutcomeBody) => api.post<ComplaintTokenResult>('/complaints/outcome', body, { auth: false });

/** The admin's confirmed complaints, or those forwarded to the caller's vendor. */
export const listComplaints = (query: ComplaintListQuery, signal?: AbortSignal) => api.get<ComplaintList>('/complaints', { query: { ...query }, signal });

export const getComplaint = (id: string, signal?: AbortSignal) => api.get<Complaint>(complaintPath(id), { signal });

/** Each answers the whole complaint; 409 when its state no longer allows the move. */
export const forwardComplaint = (id: string, body: ForwardBody, idempotencyKey: string) =>
  api.post<Complaint>(`${complaintPath(id)}/forward`, body, idempotent(idempotencyKey));

export const dismissComplaint = (id: string, body: DismissBody, idempotencyKey: string) =>
  api.post<Complaint>(`${complaintPath(id)}/dismiss`, body, idempotent(idempotencyKey));

export const respondToComplaint = (id: string, body: RespondBody, idempotencyKey: string) =>
  api.post<Complaint>(`${complaintPath(id)}/respond`, body, idempotent(idempotencyKey));

export const getWatchList = (signal?: AbortSignal) => api.get<WatchList>('/watchlist', { signal });
