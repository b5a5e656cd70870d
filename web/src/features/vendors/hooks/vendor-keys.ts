import type { ListVendorsQuery } from '@cep/shared';

export const vendorKeys = {
  all: ['vendors'] as const,
  list: (query: ListVendorsQuery) => ['vendors', 'list', query] as const,
  detail: (id: string) => ['vendors', 'detail', id] as const,
  members: (id: string) => ['vendors', 'members', id] as const,
};
