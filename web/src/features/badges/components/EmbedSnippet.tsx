import { type ReactNode, useId, useRef } from 'react';
import { CopyButton } from '../../../components/ui/CopyButton.tsx';

/** One way to embed the badge: what it is, the code to paste (read-only, selectable), a copy button. */
export function EmbedSnippet({ title, description, code, copyLabel }: { title: string; description: ReactNode; code: string; copyLabel: string }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="snippet">
      <div className="field">
        <div className="field-label">
          <label htmlFor={id}>{title}</label>
        </div>
        <p id={`${id}-hint`} className="field-hint">
          {description}
        </p>
        <textarea
          ref={ref}
          id={id}
          aria-describedby={`${id}-hint`}
          className="snippet-code"
          readOnly
          rows={3}
          spellCheck={false}
          value={code}
          // One click selects the whole snippet, ready to copy.
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <CopyButton text={code} label={copyLabel} fallback={ref} />
    </div>
  );
}
