import type {
  CheckpointCalendar,
  CheckpointData,
  ProgramMetrics,
  ReviewBody,
  Submission,
  SubmissionQueue,
  SubmissionQueueQuery,
  TicketImport,
  VendorMetrics,
} from '@cep/shared';
import { api, apiRequest, apiUpload } from '../../../lib/api-client.ts';

/** A period's submission with the ETag to send back as If-Match when saving it. */
export interface SubmissionWithEtag {
  submission: Submission;
  etag: string;
}

const vendorPath = (vendorId: string) => `/vendors/${encodeURIComponent(vendorId)}`;
const periodPath = (vendorId: string, period: string) => `${vendorPath(vendorId)}/checkpoints/${encodeURIComponent(period)}`;
const etagOf = (headers: Headers, submission: Submission) => headers.get('etag') ?? `"${submission.version}"`;

export const getCheckpointCalendar = (vendorId: string, signal?: AbortSignal) => api.get<CheckpointCalendar>(`${vendorPath(vendorId)}/checkpoints`, { signal });

/** A period with nothing saved yet answers as an empty draft (version 0). */
export async function getSubmission(vendorId: string, period: string, signal?: AbortSignal): Promise<SubmissionWithEtag> {
  const { data, headers } = await apiRequest<Submission>(periodPath(vendorId, period), { signal });
  return { submission: data, etag: etagOf(headers, data) };
}

/** Replaces the whole draft. 412 when someone saved in between; 409 once it is submitted or accepted. */
export async function saveSubmission(vendorId: string, period: string, etag: string, body: CheckpointData): Promise<SubmissionWithEtag> {
  const { data, headers } = await apiRequest<Submission>(periodPath(vendorId, period), { method: 'PUT', body, headers: { 'if-match': etag } });
  return { submission: data, etag: etagOf(headers, data) };
}

export interface TicketUploadOptions {
  /** IANA zone for exports whose timestamps carry no offset; the vendor's calendar zone when absent. */
  timeZone?: string | undefined;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal | undefined;
}

/** Sends a ticket export (multipart field `file`); the draft then takes its responsiveness from it. */
export async function uploadTickets(vendorId: string, period: string, file: File, options: TicketUploadOptions = {}): Promise<TicketImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { data } = await apiUpload<TicketImport>(`${periodPath(vendorId, period)}/tickets`, form, {
    query: { timeZone: options.timeZone },
    onProgress: options.onProgress,
    signal: options.signal,
  });
  return data;
}

/** 400 lists what is still missing; 409 when it is already submitted. */
export const submitSubmission = (vendorId: string, period: string) => api.post<Submission>(`${periodPath(vendorId, period)}/submit`);

export const reviewSubmission = (vendorId: string, period: string, body: ReviewBody) => api.post<Submission>(`${periodPath(vendorId, period)}/review`, body);

export const listSubmissions = (query: SubmissionQueueQuery, signal?: AbortSignal) => api.get<SubmissionQueue>('/checkpoints', { query: { ...query }, signal });

export const getVendorMetrics = (vendorId: string, signal?: AbortSignal) => api.get<VendorMetrics>(`${vendorPath(vendorId)}/metrics`, { signal });

export const getProgramMetrics = (signal?: AbortSignal) => api.get<ProgramMetrics>('/metrics', { signal });
