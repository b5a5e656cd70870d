import type { PledgeHistoryEntry } from '@cep/shared';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { auditActionLabel, auditValueLabel } from '../utils/pledge-labels.ts';

/** "Active → Suspended", or the one side there is. */
export function StateChange({ from, to }: { from: string | null; to: string | null }) {
  if (!from && !to) return <span className="muted">—</span>;
  if (from && to && from !== to) {
    return <>{`${auditValueLabel(from)} → ${auditValueLabel(to)}`}</>;
  }
  return <>{auditValueLabel(to ?? from ?? '')}</>;
}

/** Every change of the pledge, newest first. */
export function PledgeHistory({ history }: { history: readonly PledgeHistoryEntry[] }) {
  if (history.length === 0) return <EmptyState title="Nothing has happened to the pledge yet" />;
  return (
    <Table caption="History of the pledge">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Action</th>
          <th scope="col">State</th>
          <th scope="col">Reason</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry, index) => (
          // Entries have no id of their own; the list is append-only and read whole, so position is stable.
          <tr key={`${entry.at}-${index}`}>
            <td>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </td>
            <td>{auditActionLabel(entry.action)}</td>
            <td>
              <StateChange from={entry.from} to={entry.to} />
            </td>
            <td className="pre-line">{entry.reason ?? <span className="muted">—</span>}</td>
            <td>{entry.actor}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
