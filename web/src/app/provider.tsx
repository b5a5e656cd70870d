import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { forgetAccountData, sessionKey } from '../features/auth/hooks/useSession.ts';
import { onSessionChange } from '../lib/api-client.ts';
import { createQueryClient } from '../lib/query-client.ts';

/** The app's context: one query cache, kept in step with the session the API client holds. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useEffect(
    () =>
      onSessionChange((user) => {
        if (!user) forgetAccountData(queryClient);
        queryClient.setQueryData(sessionKey, user);
      }),
    [queryClient],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
