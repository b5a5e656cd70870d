import { isApiError } from '../../lib/api-client.ts';
import { Button } from './Button.tsx';

/** What went wrong, in words, with a way to try again. */
export function describeError(error: unknown): { title: string; detail: string | undefined } {
  if (isApiError(error)) {
    if (error.status === 429) {
      return { title: 'Too many requests', detail: error.retryAfter ? `Please try again in ${error.retryAfter} seconds.` : 'Please try again in a minute.' };
    }
    return { title: error.title, detail: error.detail };
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : undefined };
}

export function ErrorState({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const described = describeError(error);
  return (
    <div className="error-state" role="alert">
      <p className="error-state-title">{title ?? described.title}</p>
      {described.detail ? <p>{described.detail}</p> : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
