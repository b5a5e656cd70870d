import type { ListOutboxQuery } from '@cep/shared';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useOutbox } from '../hooks/useOutbox.ts';

/** Each message opens in place (a native disclosure, so it works by keyboard) to show its text. */
export function OutboxList({ query, pager }: { query: ListOutboxQuery; pager: Pager }) {
  const outbox = useOutbox(query);
  return (
    <Loadable query={outbox} loading="Loading messages…" empty={{ when: ({ items }) => items.length === 0, title: 'No messages', children: query.status || query.to ? 'None match these filters.' : 'The registry has not sent any e-mail yet.' }}>
      {(list) => (
        <div aria-busy={outbox.isFetching || undefined}>
          <p className="results-count">{list.total === 1 ? '1 message' : `${formatTotal(list.total, list.totalCapped)} messages`}</p>
          <ul className="message-list">
            {list.items.map((m) => (
              <li key={m.id}>
                <details className="message">
                  <summary>
                    <span className="message-subject">{m.subject}</span>
                    <span className="message-meta">
                      to {m.to} · {formatDateTime(m.createdAt)} <StatusTag status={m.status} />
                    </span>
                  </summary>
                  <div className="message-body">
                    <dl className="facts">
                      <dt>To</dt>
                      <dd>{m.to}</dd>
                      <dt>Queued</dt>
                      <dd>{formatDateTime(m.createdAt)}</dd>
                      <dt>Sent</dt>
                      <dd>{m.sentAt ? formatDateTime(m.sentAt) : m.status === 'held' ? 'Held here (no SMTP server configured)' : 'Not yet'}</dd>
                      <dt>Attempts</dt>
                      <dd>{m.attempts}</dd>
                      {m.lastError ? (
                        <>
                          <dt>Last error</dt>
                          <dd className="error-text">{m.lastError}</dd>
                        </>
                      ) : null}
                    </dl>
                    <pre className="message-text">{m.text}</pre>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <Pagination page={list} pager={pager} pageSize={query.limit} label="Outbox pages" />
        </div>
      )}
    </Loadable>
  );
}
