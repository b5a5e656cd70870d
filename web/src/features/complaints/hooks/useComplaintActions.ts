import type { AskBody, Complaint, DismissBody, ForwardBody, RespondBody, VendorMessageBody } from '@cep/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { askForDetails, dismissComplaint, forwardComplaint, respondToComplaint, writeAboutComplaint } from '../api/complaints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/**
 * A triage or response answers with the whole complaint, which replaces the cached one. The lists,
 * the watch list (a dismissal may take a vendor off it) and the outbox (each move sends mail) are
 * read again.
 */
function useAfterComplaintChange(id: string) {
  const queryClient = useQueryClient();
  return async (complaint: Complaint) => {
    queryClient.setQueryData(queryKeys.complaints.detail(id), complaint);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.complaints.lists }),
      queryClient.invalidateQueries({ queryKey: queryKeys.complaints.watchList }),
      queryClient.invalidateQueries({ queryKey: queryKeys.outbox.all }),
    ]);
  };
}

interface Keyed<T> {
  body: T;
  idempotencyKey: string;
}

export function useForwardComplaint(id: string) {
  const after = useAfterComplaintChange(id);
  return useMutation({ mutationFn: ({ body, idempotencyKey }: Keyed<ForwardBody>) => forwardComplaint(id, body, idempotencyKey), onSuccess: after });
}

export function useDismissComplaint(id: string) {
  const after = useAfterComplaintChange(id);
  return useMutation({ mutationFn: ({ body, idempotencyKey }: Keyed<DismissBody>) => dismissComplaint(id, body, idempotencyKey), onSuccess: after });
}

export function useRespondToComplaint(id: string) {
  const after = useAfterComplaintChange(id);
  return useMutation({ mutationFn: ({ body, idempotencyKey }: Keyed<RespondBody>) => respondToComplaint(id, body, idempotencyKey), onSuccess: after });
}

export function useAskForDetails(id: string) {
  const after = useAfterComplaintChange(id);
  return useMutation({ mutationFn: ({ body, idempotencyKey }: Keyed<AskBody>) => askForDetails(id, body, idempotencyKey), onSuccess: after });
}

export function useWriteAboutComplaint(id: string) {
  const after = useAfterComplaintChange(id);
  return useMutation({ mutationFn: ({ body, idempotencyKey }: Keyed<VendorMessageBody>) => writeAboutComplaint(id, body, idempotencyKey), onSuccess: after });
}
