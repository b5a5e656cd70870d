import type { UpdateVendorBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getVendor, updateVendor } from '../api/vendors-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useVendor(id: string) {
  return useQuery({ queryKey: queryKeys.vendors.detail(id), queryFn: ({ signal }) => getVendor(id, signal) });
}

export function useUpdateVendor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: UpdateVendorBody }) => updateVendor(id, etag, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.vendors.detail(id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.vendors.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.directory.all }),
      ]);
    },
  });
}
