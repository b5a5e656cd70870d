import { useQuery } from '@tanstack/react-query';
import { getCheckpointCalendar } from '../api/checkpoints-api.ts';

export const checkpointKeys = {
  calendar: (vendorId: string) => ['checkpoints', vendorId, 'calendar'] as const,
};

export function useCheckpointCalendar(vendorId: string) {
  return useQuery({ queryKey: checkpointKeys.calendar(vendorId), queryFn: ({ signal }) => getCheckpointCalendar(vendorId, signal), select: (calendar) => calendar.items });
}
