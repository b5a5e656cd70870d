import type { FileComplaintBody, OutcomeBody } from '@cep/shared';
import { useMutation } from '@tanstack/react-query';
import { confirmComplaint, fileComplaint, recordOutcome } from '../api/complaints-api.ts';

/** The complainant's three steps; none needs an account, and nothing they change is cached. */
export function useFileComplaint() {
  return useMutation({ mutationFn: ({ body, idempotencyKey }: { body: FileComplaintBody; idempotencyKey: string }) => fileComplaint(body, idempotencyKey) });
}

export function useConfirmComplaint() {
  return useMutation({ mutationFn: (token: string) => confirmComplaint(token) });
}

export function useRecordOutcome() {
  return useMutation({ mutationFn: (body: OutcomeBody) => recordOutcome(body) });
}
