import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { FormFailure } from './FormFailure.tsx';

/** Asks once more before an action that cannot be undone (or that changes what others rely on). */
export function ConfirmDialog({
  title,
  children,
  confirm,
  danger = false,
  busy,
  failure,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  /** The confirming button's words: the action itself ("Revoke the key"), never "OK". */
  confirm: string;
  danger?: boolean;
  busy: boolean;
  failure?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      {failure ? <FormFailure failure={failure} errors={{}} /> : null}
      <div className="form-actions">
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
