import { useCallback, useRef } from 'react';
import { randomUuid } from '../lib/uuid.ts';

/**
 * An `Idempotency-Key` per submission: a retry of the very same payload (after a network failure)
 * reuses its key, so the server creates nothing twice; a changed payload is a new submission.
 */
export function useIdempotencyKey(): (payload: unknown) => string {
  const last = useRef<{ payload: string; key: string } | null>(null);
  return useCallback((payload: unknown) => {
    const serialized = JSON.stringify(payload);
    if (last.current?.payload !== serialized) last.current = { payload: serialized, key: randomUuid() };
    return last.current.key;
  }, []);
}
