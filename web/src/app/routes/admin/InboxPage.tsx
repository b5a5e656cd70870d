import { Loadable } from '../../../components/ui/Loadable.tsx';
import { InboxSummary, useInbox } from '../../../features/home/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Where the admin lands: what waits, queue by queue. */
export function InboxPage() {
  usePageTitle('Inbox');
  const inbox = useInbox();
  return (
    <div className="page">
      <h1>Inbox</h1>
      <Loadable query={inbox} loading="Counting what waits…">
        {(data) => <InboxSummary inbox={data} />}
      </Loadable>
    </div>
  );
}
