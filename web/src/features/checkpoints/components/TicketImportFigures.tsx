import type { TicketFigures, TicketImport } from '@cep/shared';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { formatCount, formatMinutes, formatShare } from '../utils/checkpoint-format.ts';
import { TICKET_FORMAT_LABELS } from '../utils/checkpoint-labels.ts';
import { RowErrorsTable } from './RowErrorsTable.tsx';

function FigureCells({ figures }: { figures: TicketFigures }) {
  return (
    <>
      <td className="numeric">{formatCount(figures.tickets)}</td>
      <td className="numeric">{formatCount(figures.withinTarget)}</td>
      <td className="numeric">{formatShare(figures.shareWithinTarget)}</td>
      <td className="numeric">{formatMinutes(figures.medianBusinessMinutes)}</td>
      <td className="numeric">{formatMinutes(figures.p90BusinessMinutes)}</td>
      <td className="numeric">{formatCount(figures.unanswered)}</td>
    </>
  );
}

function RowErrors({ ticketImport }: { ticketImport: TicketImport }) {
  const { errorCount, errors } = ticketImport;
  if (errorCount === 0) return <p className="notice-success">Every row could be used.</p>;
  const count = errorCount === 1 ? '1 row could not be used' : `${formatCount(errorCount)} rows could not be used`;
  return <RowErrorsTable errors={errors} total={errorCount} summary={`${count}; they are left out of the figures`} />;
}

/** What a ticket export gave: overall and by priority, and the rows that could not be used. */
export function TicketImportFigures({ ticketImport }: { ticketImport: TicketImport }) {
  const { overall, targetMinutes } = ticketImport;
  return (
    <div className="ticket-import" data-testid="ticket-import">
      <p className="muted">
        {TICKET_FORMAT_LABELS[ticketImport.format]}, imported <time dateTime={ticketImport.importedAt}>{formatDateTime(ticketImport.importedAt)}</time>: {formatCount(ticketImport.rows)} rows read;
        times without an offset read in {ticketImport.timeZone}.
      </p>
      <dl className="figures compact">
        <div>
          <dt>Tickets</dt>
          <dd>{formatCount(overall.tickets)}</dd>
        </div>
        <div>
          <dt>Within {targetMinutes} minutes</dt>
          <dd>{formatCount(overall.withinTarget)}</dd>
        </div>
        <div>
          <dt>Share within target</dt>
          <dd>{formatShare(overall.shareWithinTarget)}</dd>
        </div>
        <div>
          <dt>Median first response</dt>
          <dd>{formatMinutes(overall.medianBusinessMinutes)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{formatMinutes(overall.p90BusinessMinutes)}</dd>
        </div>
        <div>
          <dt>Unanswered</dt>
          <dd>{formatCount(overall.unanswered)}</dd>
        </div>
      </dl>
      {ticketImport.byPriority.length > 0 ? (
        <Table caption="First response by priority (business minutes)">
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col" className="numeric">
                Tickets
              </th>
              <th scope="col" className="numeric">
                Within {targetMinutes} minutes
              </th>
              <th scope="col" className="numeric">
                Share within target
              </th>
              <th scope="col" className="numeric">
                Median
              </th>
              <th scope="col" className="numeric">
                90th percentile
              </th>
              <th scope="col" className="numeric">
                Unanswered
              </th>
            </tr>
          </thead>
          <tbody>
            {ticketImport.byPriority.map((row) => (
              <tr key={row.priority}>
                <th scope="row">{row.priority}</th>
                <FigureCells figures={row} />
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <RowErrors ticketImport={ticketImport} />
    </div>
  );
}
