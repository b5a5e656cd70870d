import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth-api.ts';
import { forgetAccountData } from './useSession.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** Signs out and lands on the home page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Leave first: on a guarded page, ending the session would send the person to sign in again.
      // flushSync: the router otherwise renders the new page in a transition, and the session's
      // (urgent) update below could reach the old page's guard first, which then redirects to /login.
      await navigate('/', { flushSync: true });
      forgetAccountData(queryClient);
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
