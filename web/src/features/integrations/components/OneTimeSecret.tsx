import { useRef } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { CopyButton } from '../../../components/ui/CopyButton.tsx';

/** A key or signing secret shown the one time it exists in the clear, with the way to keep it. */
export function OneTimeSecret({ title, value, what, onDone }: { title: string; value: string; what: string; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  return (
    <Alert tone="success" title={title} actions={<Button variant="secondary" size="small" onClick={onDone}>I have stored it</Button>}>
      <p>Copy the {what} now and store it where your integration reads it: it is never shown again. If it is lost, create a new one.</p>
      <div className="copy-row">
        <input ref={field} className="mono" readOnly value={value} aria-label={`The new ${what}`} onFocus={(e) => e.target.select()} />
        <CopyButton text={value} label={`Copy the ${what}`} fallback={field} />
      </div>
    </Alert>
  );
}
