import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}

/** A message box. Errors and warnings interrupt a screen reader (role=alert); the rest wait their turn. */
export function Alert({ tone = 'info', title, children, actions }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children ? <div className="alert-body">{children}</div> : null}
      {actions ? <div className="alert-actions">{actions}</div> : null}
    </div>
  );
}
