import type { CategoryList, InviteMemberBody, ListVendorsQuery, Member, MemberList, UpdateVendorBody, Vendor, VendorList } from '@cep/shared';
import { api, apiRequest } from '../../../lib/api-client.ts';

/** A vendor with the ETag to send back as If-Match when saving it. */
export interface VendorWithEtag {
  vendor: Vendor;
  etag: string;
}

const etagOf = (headers: Headers, vendor: Vendor) => headers.get('etag') ?? `"${vendor.version}"`;

export const getCategories = (signal?: AbortSignal) => api.get<CategoryList>('/categories', { signal, auth: false });

export const listVendors = (query: ListVendorsQuery, signal?: AbortSignal) => api.get<VendorList>('/vendors', { query: { ...query }, signal });

export async function getVendor(id: string, signal?: AbortSignal): Promise<VendorWithEtag> {
  const { data, headers } = await apiRequest<Vendor>(`/vendors/${encodeURIComponent(id)}`, { signal });
  return { vendor: data, etag: etagOf(headers, data) };
}

/** 412 when someone saved in between: the caller reloads instead of overwriting their change. */
export async function updateVendor(id: string, etag: string, body: UpdateVendorBody): Promise<VendorWithEtag> {
  const { data, headers } = await apiRequest<Vendor>(`/vendors/${encodeURIComponent(id)}`, { method: 'PATCH', body, headers: { 'if-match': etag } });
  return { vendor: data, etag: etagOf(headers, data) };
}

export const listMembers = (vendorId: string, signal?: AbortSignal) => api.get<MemberList>(`/vendors/${encodeURIComponent(vendorId)}/members`, { signal });

export const inviteMember = (vendorId: string, body: InviteMemberBody, idempotencyKey: string) =>
  api.post<Member>(`/vendors/${encodeURIComponent(vendorId)}/members`, body, { headers: { 'idempotency-key': idempotencyKey } });
