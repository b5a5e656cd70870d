import type { AnswerBody, FileComplaintBody, OutcomeBody } from '@cep/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import { answerQuestion, confirmComplaint, fileComplaint, lookUpQuestion, lookUpResponse, recordOutcome } from '../api/complaints-api.ts';

/** The complainant's steps; none needs an account, and nothing they change is cached. */
export function useFileComplaint() {
  return useMutation({ mutationFn: ({ body, idempotencyKey }: { body: FileComplaintBody; idempotencyKey: string }) => fileComplaint(body, idempotencyKey) });
}

export function useConfirmComplaint() {
  return useMutation({ mutationFn: (token: string) => confirmComplaint(token) });
}

export function useRecordOutcome() {
  return useMutation({ mutationFn: (body: OutcomeBody) => recordOutcome(body) });
}

/** The vendor's response the outcome link leads to (reading it does not spend the link). */
export function useVendorResponse(token: string) {
  return useQuery({ queryKey: queryKeys.complaintResponse(token), queryFn: ({ signal }) => lookUpResponse(token, signal), retry: false, staleTime: Infinity });
}

/** The registry's question the e-mailed link leads to (reading it does not spend the link). */
export function useQuestion(token: string) {
  return useQuery({ queryKey: queryKeys.complaintQuestion(token), queryFn: ({ signal }) => lookUpQuestion(token, signal), retry: false, staleTime: Infinity });
}

export function useAnswerQuestion() {
  return useMutation({ mutationFn: (body: AnswerBody) => answerQuestion(body) });
}
