import type { JoinRequestBody } from '@cep/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import { confirmJoinRequest, getRequestedVendors, requestJoin } from '../api/join-requests-api.ts';

export const useRequestJoin = () => useMutation({ mutationFn: ({ body, idempotencyKey }: { body: JoinRequestBody; idempotencyKey: string }) => requestJoin(body, idempotencyKey) });

export const useConfirmJoinRequest = () => useMutation({ mutationFn: (token: string) => confirmJoinRequest(token) });

/** The admin's list of vendors buyers asked to join. */
export const useRequestedVendors = () => useQuery({ queryKey: queryKeys.requestedVendors, queryFn: ({ signal }) => getRequestedVendors(signal) });
