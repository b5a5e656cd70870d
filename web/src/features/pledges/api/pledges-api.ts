import type { Agreement, AgreementList, AppealBody, AuditList, Pledge, PublishAgreementBody, ReasonBody, SignPledgeBody, WithdrawBody } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

/** The lifecycle moves only the admin makes; each needs a reason. */
export const ADMIN_ACTIONS = ['suspend', 'reinstate', 'revoke'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

const pledgePath = (vendorId: string) => `/vendors/${encodeURIComponent(vendorId)}/pledge`;

export const getCurrentAgreement = (signal?: AbortSignal) => api.get<Agreement>('/agreements/current', { signal, auth: false });

export const listAgreements = (signal?: AbortSignal) => api.get<AgreementList>('/agreements', { signal });

export const publishAgreement = (body: PublishAgreementBody, idempotencyKey: string) =>
  api.post<Agreement>('/agreements', body, { headers: { 'idempotency-key': idempotencyKey } });

export const getPledge = (vendorId: string, signal?: AbortSignal) => api.get<Pledge>(pledgePath(vendorId), { signal });

/** 409 when the version read is no longer the one in effect, or it is already signed. */
export const signPledge = (vendorId: string, body: SignPledgeBody, idempotencyKey: string) =>
  api.post<Pledge>(`${pledgePath(vendorId)}/sign`, body, { headers: { 'idempotency-key': idempotencyKey } });

/** 409 names the current state when the move is not allowed from it. */
export const transitionPledge = (vendorId: string, action: AdminAction, body: ReasonBody) => api.post<Pledge>(`${pledgePath(vendorId)}/${action}`, body);

export const withdrawPledge = (vendorId: string, body: WithdrawBody) => api.post<Pledge>(`${pledgePath(vendorId)}/withdraw`, body);

export const appealPledge = (vendorId: string, body: AppealBody, idempotencyKey: string) =>
  api.post<Pledge>(`${pledgePath(vendorId)}/appeal`, body, { headers: { 'idempotency-key': idempotencyKey } });

export const listAudit = (vendorId: string, page: number, signal?: AbortSignal) =>
  api.get<AuditList>(`/vendors/${encodeURIComponent(vendorId)}/audit`, { query: { page }, signal });
