import type { Appeal } from '@cep/shared';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { PLEDGE_STATE_LABELS } from '../utils/pledge-labels.ts';

/** The vendor's written appeals, newest first. */
export function AppealsList({ appeals, label, emptyTitle }: { appeals: readonly Appeal[]; label: string; emptyTitle: string }) {
  if (appeals.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <ul className="appeal-list" aria-label={label}>
      {appeals.map((appeal) => (
        <li key={appeal.id} className="card appeal">
          <p className="appeal-meta">
            <time dateTime={appeal.createdAt}>{formatDateTime(appeal.createdAt)}</time> · {appeal.authorEmail} · while {PLEDGE_STATE_LABELS[appeal.stateAtAppeal].toLowerCase()}
          </p>
          <p className="pre-line appeal-text">{appeal.text}</p>
        </li>
      ))}
    </ul>
  );
}
