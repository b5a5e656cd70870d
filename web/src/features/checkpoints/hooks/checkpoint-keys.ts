import type { SubmissionQueueQuery } from '@cep/shared';

/**
 * A vendor's checkpoint queries share the prefix ['checkpoints', vendorId], which the pledge hooks
 * invalidate after a lifecycle change. The admin's queue and program views live apart from any vendor.
 */
export const checkpointKeys = {
  vendor: (vendorId: string) => ['checkpoints', vendorId] as const,
  calendar: (vendorId: string) => ['checkpoints', vendorId, 'calendar'] as const,
  submission: (vendorId: string, period: string) => ['checkpoints', vendorId, 'submission', period] as const,
  metrics: (vendorId: string) => ['checkpoints', vendorId, 'metrics'] as const,
  queueAll: ['checkpoint-queue'] as const,
  queue: (query: SubmissionQueueQuery) => ['checkpoint-queue', query] as const,
  program: ['program-metrics'] as const,
};
