import type { CheckpointFigures } from '@cep/shared';
import { useId } from 'react';
import { formatCount, formatDecimal, formatMinutes, formatShare } from '../utils/checkpoint-format.ts';
import { type IssueFlag, IssueFlagsList } from './IssueFlags.tsx';
import { MissingFields } from './MissingFields.tsx';
import { NpsSummary } from './NpsSummary.tsx';
import { Promise3Verdict } from './Promise3Verdict.tsx';

export interface FiguresPanelProps {
  figures: CheckpointFigures;
  /** The top issues as listed, for their recurrence flags. */
  issues: readonly { id?: string | undefined; title: string }[];
  /** Recurrence needs the earlier periods, which only the server has: its flags from the last save. */
  issueFlags: readonly IssueFlag[];
  npsReported: boolean;
  /** Shown while the data can still change. */
  missing?: readonly string[] | undefined;
  /** The vendor's form recomputes as they type. */
  live?: boolean;
}

/** What the registry computes from the data: verdicts in words, the NPS with its companions. */
export function FiguresPanel({ figures, issues, issueFlags, npsReported, missing, live = false }: FiguresPanelProps) {
  const headingId = useId();
  const r = figures.responsiveness;
  return (
    <section className="figures-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Computed figures</h2>
      {live ? <p className="field-hint">Recomputed as you type, by the same rules the registry applies when you save.</p> : null}
      <Promise3Verdict promise3={figures.promise3} shareWithinTarget={r.shareWithinTarget} />
      <h3>Volume and responsiveness</h3>
      <dl className="figures compact">
        <div>
          <dt>Total contacts</dt>
          <dd>{formatCount(figures.totalContacts)}</dd>
        </div>
        <div>
          <dt>Contacts per client</dt>
          <dd data-testid="contacts-per-client">{formatDecimal(figures.contactsPerClient)}</dd>
        </div>
        <div>
          <dt>Median first response</dt>
          <dd>{formatMinutes(r.medianBusinessMinutes)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{formatMinutes(r.p90BusinessMinutes)}</dd>
        </div>
        <div>
          <dt>Within {figures.promise3.targetMinutes} minutes</dt>
          <dd>{formatShare(r.shareWithinTarget)}</dd>
        </div>
      </dl>
      <h3>NPS</h3>
      <NpsSummary nps={figures.nps} reported={npsReported} />
      <h3>Top issues</h3>
      <IssueFlagsList issues={issues} flags={issueFlags} />
      {missing ? <MissingFields missing={missing} /> : null}
    </section>
  );
}
