import { type DehydratedState, hydrate, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { forgetAccountData } from '../features/auth/index.ts';
import { onSessionChange } from '../lib/api-client.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { queryKeys } from '../lib/query-keys.ts';

/**
 * The app's context: one query cache, kept in step with the session the API client holds. A page
 * rendered on the server passes the cache it was rendered from, so the first render here matches it.
 */
export function AppProvider({ children, initialState }: { children: ReactNode; initialState?: DehydratedState }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    if (initialState) hydrate(client, initialState);
    return client;
  });
  useEffect(
    () =>
      onSessionChange((user) => {
        if (!user) forgetAccountData(queryClient);
        queryClient.setQueryData(queryKeys.session, user);
      }),
    [queryClient],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
