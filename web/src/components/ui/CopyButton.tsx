import { type RefObject, useEffect, useState } from 'react';
import { Button } from './Button.tsx';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies `text` to the clipboard and says so next to the button. Where the clipboard is not
 * available (an insecure origin, a refused permission), it selects the text in `fallback` instead, so
 * the keyboard shortcut copies it.
 */
export function CopyButton({ text, label, fallback }: { text: string; label: string; fallback: RefObject<HTMLTextAreaElement | HTMLInputElement | null> }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      // `navigator.clipboard` is undefined outside secure contexts, whatever the types say.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      fallback.current?.focus();
      fallback.current?.select();
      setState('manual');
    }
  }

  return (
    <div className="copy">
      <Button variant="secondary" size="small" aria-label={label} onClick={() => void copy()}>
        Copy
      </Button>
      {/* Always in the page, so screen readers announce the change. */}
      <span role="status" className={state === 'copied' ? 'copy-status notice-success' : 'copy-status'}>
        {state === 'copied' ? 'Copied' : state === 'manual' ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy' : ''}
      </span>
    </div>
  );
}
