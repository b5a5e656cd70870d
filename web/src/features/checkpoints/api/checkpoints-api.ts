import type { CheckpointCalendar } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

export const getCheckpointCalendar = (vendorId: string, signal?: AbortSignal) =>
  api.get<CheckpointCalendar>(`/vendors/${encodeURIComponent(vendorId)}/checkpoints`, { signal });
