import type { ComplaintFiled } from '@cep/shared';

/** What to do next, with the reference to quote. It takes focus, as the form it replaces had it. */
export function ComplaintFiledNotice({ filed, email, vendorName }: { filed: ComplaintFiled; email: string; vendorName: string }) {
  return (
    <div className="alert alert-success" role="status" data-testid="complaint-filed" tabIndex={-1} ref={(notice) => notice?.focus()}>
      <p className="alert-title">
        Check your e-mail to confirm complaint <strong data-testid="complaint-reference">{filed.reference}</strong>
      </p>
      <div className="alert-body">
        <p>
          We sent a link to {email}. Open it within 7 days to confirm your complaint about {vendorName}; unconfirmed complaints are deleted. Quote the reference{' '}
          {filed.reference} in any message about it.
        </p>
      </div>
    </div>
  );
}
