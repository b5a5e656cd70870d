import type { AppealBody, PublishAgreementBody, ReasonBody, SignPledgeBody, WithdrawBody } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

/** The lifecycle moves only the admin makes; each needs a reason. */
export const ADMIN_ACTIONS = ['suspend', 'reinstate', 'revoke'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

const idempotent = (key: string) => ({ 'idempotency-key': key });
const vendor = (vendorId: string) => ({ path: { id: vendorId } });

export const getCurrentAgreement = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/agreements/current', { signal }));

export const listAgreements = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/agreements', { signal }));

export const publishAgreement = (body: PublishAgreementBody, idempotencyKey: string) => unwrap(registry.POST('/api/v1/agreements', { body, headers: idempotent(idempotencyKey) }));

export const getPledge = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/pledge', { params: vendor(vendorId), signal }));

/** 409 when the version read is no longer the one in effect, or it is already signed. */
export const signPledge = (vendorId: string, body: SignPledgeBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/vendors/{id}/pledge/sign', { params: vendor(vendorId), body, headers: idempotent(idempotencyKey) }));

/** 409 names the current state when the move is not allowed from it. */
export function transitionPledge(vendorId: string, action: AdminAction, body: ReasonBody) {
  const options = { params: vendor(vendorId), body };
  switch (action) {
    case 'suspend':
      return unwrap(registry.POST('/api/v1/vendors/{id}/pledge/suspend', options));
    case 'reinstate':
      return unwrap(registry.POST('/api/v1/vendors/{id}/pledge/reinstate', options));
    case 'revoke':
      return unwrap(registry.POST('/api/v1/vendors/{id}/pledge/revoke', options));
  }
}

export const withdrawPledge = (vendorId: string, body: WithdrawBody) => unwrap(registry.POST('/api/v1/vendors/{id}/pledge/withdraw', { params: vendor(vendorId), body }));

export const appealPledge = (vendorId: string, body: AppealBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/vendors/{id}/pledge/appeal', { params: vendor(vendorId), body, headers: idempotent(idempotencyKey) }));

export const listAudit = (vendorId: string, after: string | undefined, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/audit', { params: { ...vendor(vendorId), query: { after } }, signal }));
