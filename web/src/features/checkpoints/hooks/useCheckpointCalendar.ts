import { useQuery } from '@tanstack/react-query';
import { getCheckpointCalendar } from '../api/checkpoints-api.ts';
import { checkpointKeys } from './checkpoint-keys.ts';

export function useCheckpointCalendar(vendorId: string) {
  return useQuery({ queryKey: checkpointKeys.calendar(vendorId), queryFn: ({ signal }) => getCheckpointCalendar(vendorId, signal), select: (calendar) => calendar.items });
}
