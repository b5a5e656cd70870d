import { useMemo } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';

/** Recovery codes, shown this once: to print, copy or download before leaving. */
export function RecoveryCodesShown({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const download = useMemo(() => `data:text/plain;charset=utf-8,${encodeURIComponent(`Customer Excellence Pledge registry — recovery codes\nEach works once, in place of the authenticator app or passkey.\n\n${codes.join('\n')}\n`)}`, [codes]);
  return (
    <section aria-labelledby="recovery-codes-heading">
      <Alert tone="warning" title="Save your recovery codes now">
        They are shown only this once. Each signs you in one time if you lose your phone or passkey; keep them somewhere safe, away from this device.
      </Alert>
      <h3 id="recovery-codes-heading">Your recovery codes</h3>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <a className="btn btn-secondary" href={download} download="cep-recovery-codes.txt">
          Download as a text file
        </a>
        <Button onClick={onDone}>I have saved them</Button>
      </div>
    </section>
  );
}
