import { useQuery } from '@tanstack/react-query';
import { getCheckpointCalendar } from '../api/checkpoints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useCheckpointCalendar(vendorId: string) {
  return useQuery({ queryKey: queryKeys.checkpoints.calendar(vendorId), queryFn: ({ signal }) => getCheckpointCalendar(vendorId, signal), select: (calendar) => calendar.items });
}
