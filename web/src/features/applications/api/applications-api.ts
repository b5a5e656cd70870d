import type { ApproveApplicationBody, CreateApplicationBody, ListApplicationsQuery, RejectApplicationBody } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

export const createApplication = (body: CreateApplicationBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/applications', { body, headers: { 'idempotency-key': idempotencyKey } }));

export const listApplications = (query: ListApplicationsQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/applications', { params: { query }, signal }));

export const approveApplication = (id: string, body: ApproveApplicationBody) => unwrap(registry.POST('/api/v1/applications/{id}/approve', { params: { path: { id } }, body }));

export const rejectApplication = (id: string, body: RejectApplicationBody) => unwrap(registry.POST('/api/v1/applications/{id}/reject', { params: { path: { id } }, body }));
