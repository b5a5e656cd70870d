import type { AdminInbox } from '@cep/shared';

type QueueKey = keyof AdminInbox;

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * The admin's queues, each with the page that works it opened on what waits (oldest first where
 * the list sorts so), and the navigation link that shows its count.
 */
export const INBOX_QUEUES: { key: QueueKey; href: string; nav: string; label: (count: number) => string; since: string; none: string }[] = [
  { key: 'applications', href: '/admin/applications?status=pending', nav: '/admin/applications', label: (n) => plural(n, 'application to decide', 'applications to decide'), since: 'Oldest from', none: 'No pending application.' },
  { key: 'reviews', href: '/admin/reviews?status=submitted', nav: '/admin/reviews', label: (n) => plural(n, 'submission to review', 'submissions to review'), since: 'Waiting since', none: 'No submission waits.' },
  { key: 'complaints', href: '/admin/complaints?state=confirmed', nav: '/admin/complaints', label: (n) => plural(n, 'complaint to triage', 'complaints to triage'), since: 'Waiting since', none: 'No complaint waits.' },
  { key: 'appeals', href: '/admin/vendors?state=suspended', nav: '/admin/vendors', label: (n) => plural(n, 'open appeal', 'open appeals'), since: 'Oldest from', none: 'No open appeal.' },
  { key: 'watchList', href: '/admin/watchlist', nav: '/admin/watchlist', label: (n) => plural(n, 'vendor new on the watch list', 'vendors new on the watch list'), since: 'First on', none: 'Nobody new this week.' },
  { key: 'heldMail', href: '/admin/outbox?status=held', nav: '/admin/outbox', label: (n) => plural(n, 'held e-mail', 'held e-mails'), since: 'Oldest from', none: 'No e-mail is held.' },
];

/** The count the navigation shows beside a link, or 0. */
export function navCount(inbox: AdminInbox | undefined, href: string): number {
  const queue = INBOX_QUEUES.find((q) => q.nav === href);
  return inbox && queue ? inbox[queue.key].count : 0;
}
