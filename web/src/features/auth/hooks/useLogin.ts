import type { LoginBody, Me, SecondFactorBody, SecondFactorChallenge } from '@cep/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { completeSecondFactor, completeWithPasskey, login, signInWithPasskey } from '../api/auth-api.ts';
import { forgetAccountData } from './useSession.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A new account is signed in: nothing of the previous one may show through. */
function signedIn(queryClient: QueryClient, user: Me): void {
  forgetAccountData(queryClient);
  queryClient.setQueryData(queryKeys.session, user);
}

/** The password step; an account with two-step sign-in answers with the step to finish. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: (answer) => {
      if (answer.kind === 'signed_in') signedIn(queryClient, answer.user);
    },
  });
}

/** The second step: a typed code (app or recovery code), or the account's passkey. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: SecondFactorBody | { passkeyFor: SecondFactorChallenge['secondFactor'] }) => ('passkeyFor' in answer ? completeWithPasskey(answer.passkeyFor) : completeSecondFactor(answer)),
    onSuccess: (user) => signedIn(queryClient, user),
  });
}

/** Signing in with a passkey alone. */
export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => signInWithPasskey(), onSuccess: (user) => signedIn(queryClient, user) });
}
