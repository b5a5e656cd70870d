import { type FileComplaintBody, MAX_FILL_TIME_MS } from '@cep/shared';
import { useCallback, useEffect, useRef } from 'react';
import { randomUuid } from '../../../lib/uuid.ts';

type Content = Omit<FileComplaintBody, 'fillTimeMs'>;

/**
 * The body and `Idempotency-Key` of one attempt to send the complaint form. The server ignores a
 * form sent faster than a person could fill it, so the time since the form was first shown goes
 * with it. Sending the same content again (after a lost answer) resends the very same body, fill
 * time included, under the same key: the server then replays its first answer instead of filing
 * twice (a key reused with another body would be refused). Changed content is a new attempt.
 */
export function useComplaintAttempt() {
  const shownAt = useRef<number | null>(null);
  const last = useRef<{ content: string; body: FileComplaintBody; key: string } | null>(null);

  useEffect(() => {
    // StrictMode runs effects twice: the first time counts.
    shownAt.current ??= Date.now();
  }, []);

  const attemptFor = useCallback((content: Content) => {
    const serialized = JSON.stringify(content);
    if (last.current?.content !== serialized) {
      const now = Date.now();
      const fillTimeMs = Math.min(MAX_FILL_TIME_MS, Math.max(0, now - (shownAt.current ?? now)));
      last.current = { content: serialized, body: { ...content, fillTimeMs }, key: randomUuid() };
    }
    return { body: last.current.body, idempotencyKey: last.current.key };
  }, []);

  /** After a definite answer (4xx, which the server stores under the key), the next send is a new attempt. */
  const forget = useCallback(() => {
    last.current = null;
  }, []);

  return { attemptFor, forget };
}
