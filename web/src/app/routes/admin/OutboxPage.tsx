import { ListOutboxQuery, MAIL_STATUSES, type MailStatus } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { OutboxList } from '../../../features/mail/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

const STATUS_LABELS: Record<MailStatus, string> = { queued: 'Queued', held: 'Held (no SMTP)', sent: 'Sent', failed: 'Failed' };

function RecipientSearch({ initial, onSearch }: { initial: string; onSearch: (to: string) => void }) {
  const [to, setTo] = useState(initial);
  return (
    <form
      role="search"
      aria-label="Search messages by recipient"
      className="filters-grow inline-add"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSearch(to.trim());
      }}
    >
      <FormField label="Recipient contains" className="filters-grow">
        {(control) => <input {...control} type="search" value={to} onChange={(e) => setTo(e.target.value)} />}
      </FormField>
      <Button type="submit">Search</Button>
    </form>
  );
}

export function OutboxPage() {
  usePageTitle('Outbox');
  const { query, update, pager } = useUrlFilters(ListOutboxQuery);
  const { status, to = '' } = query;
  return (
    <div className="page">
      <h1>Outbox</h1>
      <p className="lead">Every e-mail the registry sends, newest first. Open a message to read it.</p>
      <div className="filters">
        <FormField label="Status">
          {(control) => (
            <select {...control} value={status ?? ''} onChange={(e) => update({ status: e.target.value })}>
              <option value="">All messages</option>
              {MAIL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <RecipientSearch key={to} initial={to} onSearch={(next) => update({ to: next })} />
      </div>
      <OutboxList query={{ status, to: to || undefined, after: pager.after }} pager={pager} />
    </div>
  );
}
