import type { LoginBody } from '@cep/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login } from '../api/auth-api.ts';
import { forgetAccountData } from './useSession.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: (user) => {
      forgetAccountData(queryClient);
      queryClient.setQueryData(queryKeys.session, user);
    },
  });
}
