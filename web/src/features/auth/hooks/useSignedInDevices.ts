import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listDevices, signOutDevice, signOutOtherDevices } from '../api/auth-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** The account's signed-in devices (not `useSession`, which is the signed-in account itself). */
export function useSignedInDevices() {
  return useQuery({ queryKey: queryKeys.devices, queryFn: ({ signal }) => listDevices(signal), select: (list) => list.items });
}

export function useEndDevice() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => signOutDevice(id), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.devices }) });
}

export function useEndOtherDevices() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => signOutOtherDevices(), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.devices }) });
}
