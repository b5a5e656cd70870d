import type { CreateApiKeyBody, CreateWebhookBody, RedeliverBody, UpdateWebhookBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import {
  createApiKey,
  createWebhook,
  deleteWebhook,
  type KeyOwner,
  listApiKeys,
  listDeliveries,
  listWebhooks,
  redeliver,
  revokeApiKey,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from '../api/integrations-api.ts';

export function useApiKeys(owner: KeyOwner) {
  return useQuery({ queryKey: queryKeys.integrations.keys(owner.vendorId), queryFn: ({ signal }) => listApiKeys(owner, signal), select: (list) => list.items });
}

export function useKeyChanges(owner: KeyOwner) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.integrations.keys(owner.vendorId) });
  return {
    create: useMutation({ mutationFn: ({ body, idempotencyKey }: { body: CreateApiKeyBody; idempotencyKey: string }) => createApiKey(owner, body, idempotencyKey), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (keyId: string) => revokeApiKey(owner, keyId), onSuccess: refresh }),
  };
}

export function useWebhooks() {
  return useQuery({ queryKey: queryKeys.integrations.webhooks, queryFn: ({ signal }) => listWebhooks(signal), select: (list) => list.items });
}

export function useWebhookChanges() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.integrations.all });
  return {
    create: useMutation({ mutationFn: ({ body, idempotencyKey }: { body: CreateWebhookBody; idempotencyKey: string }) => createWebhook(body, idempotencyKey), onSuccess: refresh }),
    update: useMutation({ mutationFn: ({ id, version, body }: { id: string; version: number; body: UpdateWebhookBody }) => updateWebhook(id, version, body), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (id: string) => deleteWebhook(id), onSuccess: refresh }),
    rotate: useMutation({ mutationFn: (id: string) => rotateWebhookSecret(id), onSuccess: refresh }),
    test: useMutation({ mutationFn: (id: string) => sendTestEvent(id), onSuccess: refresh }),
    redeliver: useMutation({ mutationFn: ({ id, body }: { id: string; body: RedeliverBody }) => redeliver(id, body), onSuccess: refresh }),
  };
}

/** The delivery log, refreshed every few seconds while something in it is still pending. */
export function useDeliveries(endpointId: string, before: string | undefined) {
  return useQuery({
    queryKey: queryKeys.integrations.deliveries(endpointId, before),
    queryFn: ({ signal }) => listDeliveries(endpointId, before, signal),
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 2000 : false),
  });
}
