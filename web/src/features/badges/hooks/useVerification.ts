import { useQuery } from '@tanstack/react-query';
import { getVerification } from '../api/badges-api.ts';
import { badgeKeys } from './badge-keys.ts';

export function useVerification(slug: string) {
  return useQuery({ queryKey: badgeKeys.verification(slug), queryFn: ({ signal }) => getVerification(slug, signal) });
}
