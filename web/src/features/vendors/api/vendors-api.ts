import type { InviteMemberBody, ListVendorsQuery, UpdateVendorBody, Vendor } from '@cep/shared';
import { registry, unwrap, withHeaders } from '../../../lib/api-client.ts';

/** A vendor with the ETag to send back as If-Match when saving it. */
export interface VendorWithEtag {
  vendor: Vendor;
  etag: string;
}

const withEtag = ({ data, headers }: { data: Vendor; headers: Headers }): VendorWithEtag => ({ vendor: data, etag: headers.get('etag') ?? `"${data.version}"` });

export const getCategories = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/categories', { signal }));

export const listVendors = (query: ListVendorsQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors', { params: { query }, signal }));

export const getVendor = async (id: string, signal?: AbortSignal): Promise<VendorWithEtag> => withEtag(await withHeaders(registry.GET('/api/v1/vendors/{id}', { params: { path: { id } }, signal })));

/** 412 when someone saved in between: the caller reloads instead of overwriting their change. */
export const updateVendor = async (id: string, etag: string, body: UpdateVendorBody): Promise<VendorWithEtag> =>
  withEtag(await withHeaders(registry.PATCH('/api/v1/vendors/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body })));

export const listMembers = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/members', { params: { path: { id: vendorId } }, signal }));

export const inviteMember = (vendorId: string, body: InviteMemberBody, idempotencyKey: string) =>
  unwrap(registry.POST('/api/v1/vendors/{id}/members', { params: { path: { id: vendorId } }, body, headers: { 'idempotency-key': idempotencyKey } }));

const memberPath = (vendorId: string, userId: string) => ({ path: { id: vendorId, userId } });

export const removeMember = (vendorId: string, userId: string) => unwrap(registry.DELETE('/api/v1/vendors/{id}/members/{userId}', { params: memberPath(vendorId, userId) }));

export const resendInvitation = (vendorId: string, userId: string) => unwrap(registry.POST('/api/v1/vendors/{id}/members/{userId}/invitation', { params: memberPath(vendorId, userId) }));

export const transferOwnership = (vendorId: string, userId: string) => unwrap(registry.POST('/api/v1/vendors/{id}/owner', { params: { path: { id: vendorId } }, body: { userId } }));

export const resetTwoFactor = (vendorId: string, userId: string) => unwrap(registry.DELETE('/api/v1/vendors/{id}/members/{userId}/two-factor', { params: memberPath(vendorId, userId) }));
