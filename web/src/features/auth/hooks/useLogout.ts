import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth-api.ts';
import { forgetAccountData, sessionKey } from './useSession.ts';

/** Signs out and lands on the home page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Leave first: on a guarded page, ending the session would send the person to sign in again.
      await navigate('/');
      forgetAccountData(queryClient);
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
