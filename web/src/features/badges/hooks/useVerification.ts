import { useQuery } from '@tanstack/react-query';
import { getVerification } from '../api/badges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useVerification(slug: string) {
  return useQuery({ queryKey: queryKeys.directory.verification(slug), queryFn: ({ signal }) => getVerification(slug, signal) });
}
