import type { ApplicationReceipt, CreateApplicationBody } from '@cep/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApplicationForm } from '../../../features/applications/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

function Confirmation({ receipt, body }: { receipt: ApplicationReceipt; body: CreateApplicationBody }) {
  return (
    <section className="confirmation" aria-labelledby="applied-title">
      <h1 id="applied-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
        Thank you, your application is in
      </h1>
      <p>
        We received the application of <strong>{body.companyName}</strong>. Your reference is <code>{receipt.id}</code>.
      </p>
      <h2>What happens next</h2>
      <ol className="steps">
        <li>We have sent a receipt to {body.contactEmail}.</li>
        <li>The program team reviews the application, usually within a few working days.</li>
        <li>
          If it is approved, {body.contactEmail} receives an invitation with a one-time link, valid for 7 days, to set your name and password and manage your
          vendor profile.
        </li>
        <li>If it is not, we write to you with the reason, and you are welcome to apply again.</li>
      </ol>
      <p>
        <Link to="/directory">Browse the directory</Link>
      </p>
    </section>
  );
}

export function ApplyPage() {
  usePageTitle('Apply');
  const [submitted, setSubmitted] = useState<{ receipt: ApplicationReceipt; body: CreateApplicationBody } | null>(null);
  if (submitted) {
    return (
      <div className="page narrow">
        <Confirmation receipt={submitted.receipt} body={submitted.body} />
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Apply for the pledge</h1>
      <p className="lead">
        Any software or service vendor may apply. Tell us who you are and where to write; the program team reviews every application.
      </p>
      <ApplicationForm onSubmitted={(receipt, body) => setSubmitted({ receipt, body })} />
    </div>
  );
}
