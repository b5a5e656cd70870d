import { CHANNELS, type Channel, importCoverageWarning, type TicketImport } from '@cep/shared';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCount } from '../utils/checkpoint-format.ts';
import { CHANNEL_LABELS } from '../utils/checkpoint-labels.ts';

export type SuggestedIssues = NonNullable<TicketImport['suggestedIssues']>;

/**
 * What the export offers beyond response times, for the vendor to take or leave: its tickets by
 * channel as the contact volumes, its most frequent tags as the top issues; and a warning when it
 * covers far fewer tickets than the contacts declared.
 */
export function ImportSuggestions({
  ticketImport,
  declaredContacts,
  onUseChannels,
  onUseIssues,
}: {
  ticketImport: TicketImport;
  declaredContacts: number | null;
  onUseChannels: (byChannel: Record<Channel, number>) => void;
  onUseIssues: (issues: SuggestedIssues) => void;
}) {
  const { byChannel, suggestedIssues = [], issueColumn } = ticketImport;
  const coverage = importCoverageWarning(ticketImport.overall.tickets, declaredContacts);
  return (
    <div className="import-suggestions" data-testid="import-suggestions">
      {coverage ? (
        <Alert tone="warning" title="The export covers far fewer tickets than your contacts">
          {coverage}
        </Alert>
      ) : null}
      {byChannel ? (
        <section aria-labelledby="export-channels-heading">
          <h3 id="export-channels-heading">Tickets by channel in the export</h3>
          <Table caption="Tickets by channel in the export">
            <thead>
              <tr>
                {CHANNELS.map((channel) => (
                  <th key={channel} scope="col" className="numeric">
                    {CHANNEL_LABELS[channel]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {CHANNELS.map((channel) => (
                  <td key={channel} className="numeric">
                    {formatCount(byChannel[channel])}
                  </td>
                ))}
              </tr>
            </tbody>
          </Table>
          <Button variant="secondary" size="small" onClick={() => onUseChannels(byChannel)}>
            Use as contact volumes
          </Button>
        </section>
      ) : null}
      {suggestedIssues.length > 0 ? (
        <section aria-labelledby="export-issues-heading">
          <h3 id="export-issues-heading">Suggested top issues</h3>
          <p className="field-hint">The most frequent values of the export’s “{issueColumn}” column, with the mean business hours from creation to solved.</p>
          <Table caption="Suggested top issues from the export">
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col" className="numeric">
                  Tickets
                </th>
                <th scope="col" className="numeric">
                  Hours to resolve
                </th>
              </tr>
            </thead>
            <tbody>
              {suggestedIssues.map((issue) => (
                <tr key={issue.title}>
                  <td>{issue.title}</td>
                  <td className="numeric">{formatCount(issue.contacts)}</td>
                  <td className="numeric">{issue.averageHoursToResolve ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Button variant="secondary" size="small" onClick={() => onUseIssues(suggestedIssues)}>
            Use as top issues
          </Button>
          <p className="field-hint">Replaces the rows under Top issues; edit the titles there before you submit.</p>
        </section>
      ) : null}
    </div>
  );
}
