import { CHANNELS, type Submission } from '@cep/shared';
import { Fragment } from 'react';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCount, formatDecimal, formatMinutes, formatShare } from '../utils/checkpoint-format.ts';
import { CHANNEL_LABELS, NPS_COUNT_LABELS, SAMPLE_METHOD_LABELS } from '../utils/checkpoint-labels.ts';
import { NPS_COUNTS } from '../utils/checkpoint-form.ts';
import { IssueFlagTag } from './IssueFlags.tsx';

const NOT_GIVEN = <span className="muted">not given</span>;

function TopIssuesTable({ submission }: { submission: Submission }) {
  const issues = submission.data.topIssues ?? [];
  if (issues.length === 0) return <p className="muted">No top issues listed.</p>;
  const earlier = new Map(submission.previousIssues.map((issue) => [issue.id, issue.title]));
  return (
    <Table caption="Top issues">
      <thead>
        <tr>
          <th scope="col">Issue</th>
          <th scope="col" className="numeric">
            Contacts
          </th>
          <th scope="col" className="numeric">
            Average hours to resolve
          </th>
          <th scope="col">Continues</th>
          <th scope="col">Recurrence</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={issue.id ?? index}>
            <th scope="row">{issue.title}</th>
            <td className="numeric">{formatCount(issue.contacts)}</td>
            <td className="numeric">{formatDecimal(issue.averageHoursToResolve)}</td>
            <td>{issue.linkedIssueId ? (earlier.get(issue.linkedIssueId) ?? 'an earlier issue') : <span className="muted">—</span>}</td>
            <td>
              <IssueFlagTag flag={submission.figures.issues.find((flag) => flag.id === issue.id)} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The data as the vendor submitted it, read-only. */
export function SubmissionDetails({ submission }: { submission: Submission }) {
  const { volume, responsiveness, followUpShare, nps } = submission.data;
  const fromTickets = responsiveness?.source === 'tickets';
  return (
    <div className="submission-details">
      <h3>Volume</h3>
      <dl className="facts">
        {CHANNELS.map((channel) => (
          <Fragment key={channel}>
            <dt>{CHANNEL_LABELS[channel]} contacts</dt>
            <dd>{formatCount(volume?.contacts?.[channel])}</dd>
          </Fragment>
        ))}
        <dt>Active client organisations</dt>
        <dd>{formatCount(volume?.activeClients)}</dd>
      </dl>
      <h3>Responsiveness</h3>
      <dl className="facts">
        <dt>First-response times</dt>
        <dd>{responsiveness ? (fromTickets ? 'Computed from a ticket export (below)' : 'Entered as aggregates') : NOT_GIVEN}</dd>
        {responsiveness && !fromTickets ? (
          <>
            <dt>Median first response</dt>
            <dd>{formatMinutes(responsiveness.medianBusinessMinutes)}</dd>
            <dt>90th percentile</dt>
            <dd>{formatMinutes(responsiveness.p90BusinessMinutes)}</dd>
            <dt>Within {submission.figures.promise3.targetMinutes} business minutes</dt>
            <dd>{formatShare(responsiveness.shareWithinTarget)}</dd>
          </>
        ) : null}
        <dt>Open tickets with a daily follow-up</dt>
        <dd>{formatShare(followUpShare)}</dd>
      </dl>
      <h3>Top issues</h3>
      <TopIssuesTable submission={submission} />
      <h3>NPS survey</h3>
      {nps ? (
        <dl className="facts">
          {NPS_COUNTS.map((field) => (
            <Fragment key={field}>
              <dt>{NPS_COUNT_LABELS[field]}</dt>
              <dd>{formatCount(nps[field])}</dd>
            </Fragment>
          ))}
          <dt>How the sample was chosen</dt>
          <dd>{nps.sampleMethod ? SAMPLE_METHOD_LABELS[nps.sampleMethod] : NOT_GIVEN}</dd>
          <dt>Description of the sample</dt>
          <dd className="pre-line">{nps.sampleDescription || NOT_GIVEN}</dd>
          <dt>How detractors are followed up</dt>
          <dd className="pre-line">{nps.detractorFollowUp || NOT_GIVEN}</dd>
        </dl>
      ) : (
        <p className="muted">No NPS survey reported.</p>
      )}
    </div>
  );
}
