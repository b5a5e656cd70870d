import type { Complaint } from '@cep/shared';

/**
 * Who complained. The API sends the contact details to the admin always, to the vendor only with
 * the complainant's consent; `complainant` is null otherwise.
 */
export function ComplainantDetails({ complaint, audience }: { complaint: Complaint; audience: 'admin' | 'vendor' }) {
  const { complainant, consent } = complaint;
  return (
    <section aria-labelledby="complainant-heading" data-testid="complainant">
      <h2 id="complainant-heading">{audience === 'admin' ? 'The complainant' : 'The customer'}</h2>
      {complainant ? (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{complainant.name}</dd>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${complainant.email}`}>{complainant.email}</a>
          </dd>
          <dt>Organisation</dt>
          <dd>{complainant.organisation ?? <span className="muted">None given</span>}</dd>
          {audience === 'admin' ? (
            <>
              <dt>Vendor may see these details</dt>
              <dd>{consent ? 'Yes' : 'No'}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>The customer did not agree to share their contact details.</p>
      )}
    </section>
  );
}
