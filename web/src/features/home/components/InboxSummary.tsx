import type { AdminInbox } from '@cep/shared';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { INBOX_QUEUES } from '../utils/inbox-queues.ts';

/** What waits for the admin, queue by queue, each opening on what waits longest. */
export function InboxSummary({ inbox }: { inbox: AdminInbox }) {
  const total = INBOX_QUEUES.reduce((sum, q) => sum + inbox[q.key].count, 0);
  return (
    <>
      <p className="lead">{total === 0 ? 'Nothing waits for you.' : `${total} item${total === 1 ? '' : 's'} wait${total === 1 ? 's' : ''} for you.`}</p>
      <ul className="inbox">
        {INBOX_QUEUES.map((q) => {
          const { count, oldest } = inbox[q.key];
          return (
            <li key={q.key} className={count > 0 ? 'inbox-queue inbox-queue-waiting' : 'inbox-queue'}>
              <Link to={q.href}>
                <span className="inbox-count">{count}</span> {q.label(count)}
              </Link>
              <p className="muted">{count > 0 && oldest ? `${q.since} ${formatDate(oldest)}` : q.none}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
