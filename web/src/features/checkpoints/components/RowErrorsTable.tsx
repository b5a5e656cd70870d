import type { RowError } from '@cep/shared';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCount } from '../utils/checkpoint-format.ts';

/** More rows than this and the list starts folded. */
const OPEN_UP_TO = 20;

/** The rows of a ticket export that could not be used, with their line numbers and reasons. */
export function RowErrorsTable({ errors, total, summary }: { errors: readonly RowError[]; total: number; summary: string }) {
  return (
    <details className="row-errors" open={total <= OPEN_UP_TO} data-testid="ticket-row-errors">
      <summary>{summary}</summary>
      <Table caption={total > errors.length ? `Rows not used (the first ${formatCount(errors.length)} of ${formatCount(total)})` : `Rows not used (${formatCount(total)})`}>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Line
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            // A line may have more than one reason.
            <tr key={`${error.line}-${index}`}>
              <td className="numeric">{error.line}</td>
              <td>{error.reason}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </details>
  );
}
