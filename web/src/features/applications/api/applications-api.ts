import type { Application, ApplicationList, ApplicationReceipt, ApproveApplicationBody, CreateApplicationBody, ListApplicationsQuery, RejectApplicationBody, Vendor } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

export const createApplication = (body: CreateApplicationBody, idempotencyKey: string) =>
  api.post<ApplicationReceipt>('/applications', body, { auth: false, headers: { 'idempotency-key': idempotencyKey } });

export const listApplications = (query: ListApplicationsQuery, signal?: AbortSignal) => api.get<ApplicationList>('/applications', { query: { ...query }, signal });

export const approveApplication = (id: string, body: ApproveApplicationBody) =>
  api.post<{ application: Application; vendor: Vendor }>(`/applications/${encodeURIComponent(id)}/approve`, body);

export const rejectApplication = (id: string, body: RejectApplicationBody) => api.post<Application>(`/applications/${encodeURIComponent(id)}/reject`, body);
