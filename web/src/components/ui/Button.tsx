import type { ButtonHTMLAttributes, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows that the action is running and keeps the button from being pressed twice. */
  busy?: boolean;
  size?: 'normal' | 'small';
  /** For moving focus to the button (React 19 passes it through like any prop). */
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', busy = false, size = 'normal', type = 'button', className, disabled, children, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
