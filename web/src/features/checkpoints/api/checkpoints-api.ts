import type { CheckpointData, ReviewBody, Submission, SubmissionQueueQuery } from '@cep/shared';
import { apiUpload, registry, unwrap, withHeaders } from '../../../lib/api-client.ts';

/** A period's submission with the ETag to send back as If-Match when saving it. */
export interface SubmissionWithEtag {
  submission: Submission;
  etag: string;
}

const withEtag = ({ data, headers }: { data: Submission; headers: Headers }): SubmissionWithEtag => ({ submission: data, etag: headers.get('etag') ?? `"${data.version}"` });
const vendor = (vendorId: string) => ({ path: { id: vendorId } });
const period = (vendorId: string, p: string) => ({ path: { id: vendorId, period: p } });

export const getCheckpointCalendar = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/checkpoints', { params: vendor(vendorId), signal }));

/** A period with nothing saved yet answers as an empty draft (version 0). */
export const getSubmission = async (vendorId: string, p: string, signal?: AbortSignal): Promise<SubmissionWithEtag> =>
  withEtag(await withHeaders(registry.GET('/api/v1/vendors/{id}/checkpoints/{period}', { params: period(vendorId, p), signal })));

/** Replaces the whole draft. 412 when someone saved in between; 409 once it is submitted or accepted. */
export const saveSubmission = async (vendorId: string, p: string, etag: string, body: CheckpointData): Promise<SubmissionWithEtag> =>
  withEtag(await withHeaders(registry.PUT('/api/v1/vendors/{id}/checkpoints/{period}', { params: { ...period(vendorId, p), header: { 'if-match': etag } }, body })));

export interface TicketUploadOptions {
  /** IANA zone for exports whose timestamps carry no offset; the vendor's calendar zone when absent. */
  timeZone?: string | undefined;
  /** The export's priorities as the vendor's levels, `urgent:high,normal:medium,…`. */
  priorityMap?: string | undefined;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal | undefined;
}

/** Sends a ticket export (multipart field `file`); the draft then takes its responsiveness from it. */
export function uploadTickets(vendorId: string, p: string, file: File, options: TicketUploadOptions = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload('/api/v1/vendors/{id}/checkpoints/{period}/tickets', { id: vendorId, period: p }, form, { query: { timeZone: options.timeZone, priorityMap: options.priorityMap }, onProgress: options.onProgress, signal: options.signal });
}

/** 400 lists what is still missing; 409 when it is already submitted. */
export const submitSubmission = (vendorId: string, p: string) => unwrap(registry.POST('/api/v1/vendors/{id}/checkpoints/{period}/submit', { params: period(vendorId, p) }));

export const reviewSubmission = (vendorId: string, p: string, body: ReviewBody) => unwrap(registry.POST('/api/v1/vendors/{id}/checkpoints/{period}/review', { params: period(vendorId, p), body }));

export const listSubmissions = (query: SubmissionQueueQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/checkpoints', { params: { query }, signal }));

export const getVendorMetrics = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/metrics', { params: vendor(vendorId), signal }));

export const getProgramMetrics = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/metrics', { signal }));
