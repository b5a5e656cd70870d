import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api-client.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorState } from './ErrorState.tsx';
import { Spinner } from './Spinner.tsx';

export interface LoadableProps<T> {
  query: UseQueryResult<T>;
  /** What the spinner says while the data loads ("Loading the team…"). */
  loading: string;
  /** The error's heading, when the API's own title is not the right one here. */
  errorTitle?: string;
  /** What a 404 means on this page: a heading for the error, or a whole element to show instead. */
  notFound?: string | ReactNode;
  /** A page's own error block (it is given the error and a retry); the default is `ErrorState`. */
  error?: (error: unknown, retry: () => void) => ReactNode;
  /** When the data counts as empty, and what to say then. */
  empty?: { when: (data: T) => boolean; title: string; children?: ReactNode };
  children: (data: T) => ReactNode;
}

/**
 * The one way a page shows data it loads: a spinner while loading, the error with "Try again" (or
 * the page's own words for a 404), the empty state, and otherwise the content built from the data.
 */
export function Loadable<T>({ query, loading, errorTitle, notFound, error, empty, children }: LoadableProps<T>): ReactNode {
  if (query.isPending) return <Spinner label={loading} />;
  if (query.isError) {
    if (notFound !== undefined && isApiError(query.error) && query.error.status === 404) {
      return typeof notFound === 'string' ? <ErrorState error={query.error} title={notFound} /> : notFound;
    }
    const retry = () => void query.refetch();
    return error ? error(query.error, retry) : <ErrorState error={query.error} title={errorTitle} onRetry={retry} />;
  }
  if (empty?.when(query.data)) return <EmptyState title={empty.title}>{empty.children}</EmptyState>;
  return children(query.data);
}
