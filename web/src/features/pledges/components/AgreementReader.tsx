import { useEffect, useEffectEvent, useId, useRef } from 'react';

/** The agreement's text as vendors read it: plain text, its line breaks kept. */
export function AgreementBody({ text }: { text: string }) {
  return <div className="agreement-text">{text}</div>;
}

/**
 * The text in a scrolling box that is a tab stop, so it scrolls by keyboard too (arrow keys, Page
 * Down, End). With `onReachEnd`, a sentinel after the last line tells when the reader got there.
 */
export function AgreementReader({ title, text, label, onReachEnd }: { title: string; text: string; label: string; onReachEnd?: () => void }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const watching = onReachEnd !== undefined;
  const reachEnd = useEffectEvent(() => onReachEnd?.());

  useEffect(() => {
    const box = boxRef.current;
    const end = endRef.current;
    if (!watching || !box || !end) return;
    // A browser without IntersectionObserver must not lock the signer out.
    if (typeof IntersectionObserver === 'undefined') {
      reachEnd();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          reachEnd();
          observer.disconnect();
        }
      },
      { root: box, threshold: 0 },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [watching]);

  return (
    <div className="agreement">
      <p id={hintId} className="field-hint no-print">
        The text scrolls inside its box: click or tab into it, then use the arrow keys, Page Down or End.
      </p>
      <div ref={boxRef} className="agreement-scroll" role="region" aria-label={label} aria-describedby={hintId} tabIndex={0}>
        <h3 className="agreement-title">{title}</h3>
        <AgreementBody text={text} />
        <div ref={endRef} className="agreement-end" aria-hidden="true" />
      </div>
    </div>
  );
}
