import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * Asks before changes typed on a page are lost: leaving it inside the app opens a dialog, and a
 * reload, a closed tab or an address typed by hand gets the browser's own question (browsers
 * allow no text of ours there).
 */
export function UnsavedChangesGuard({ when, what = 'your changes' }: { when: boolean; what?: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog title="Leave without saving?" confirm="Leave and lose them" danger busy={false} onConfirm={() => blocker.proceed()} onClose={() => blocker.reset()}>
      <p>You have not saved {what}. If you leave this page now, they are lost.</p>
    </ConfirmDialog>
  );
}
