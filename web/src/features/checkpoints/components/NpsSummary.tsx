import type { CheckpointFigures } from '@cep/shared';
import { formatNps, formatPercent } from '../utils/checkpoint-format.ts';

type NpsFigures = NonNullable<CheckpointFigures['nps']>;

/** "+12 to +48": the 95% interval, in NPS points. */
export const formatInterval = (interval: { low: number; high: number }): string => `${formatNps(interval.low)} to ${formatNps(interval.high)}`;

/** The score never alone: each group's share, the response rate, the interval and the warnings. */
export function NpsSummary({ nps, reported }: { nps: NpsFigures | null; reported: boolean }) {
  if (!reported) return <p className="muted">No NPS survey reported for this period.</p>;
  if (!nps) return <p className="muted">The NPS is computed once all six counts and the sample method are filled in and agree with each other.</p>;
  return (
    <div className="nps-summary" data-testid="nps-figures">
      <dl className="figures compact">
        <div>
          <dt>NPS</dt>
          <dd data-testid="nps-score">{formatNps(nps.score)}</dd>
        </div>
        <div>
          <dt>95% interval</dt>
          <dd>{formatInterval(nps.interval)}</dd>
        </div>
        <div>
          <dt>Promoters</dt>
          <dd>{formatPercent(nps.promoterShare)}</dd>
        </div>
        <div>
          <dt>Passives</dt>
          <dd>{formatPercent(nps.passiveShare)}</dd>
        </div>
        <div>
          <dt>Detractors</dt>
          <dd>{formatPercent(nps.detractorShare)}</dd>
        </div>
        <div>
          <dt>Response rate</dt>
          <dd>{formatPercent(nps.responseRate)}</dd>
        </div>
      </dl>
      {nps.warnings.length > 0 ? (
        <ul className="warnings" aria-label="NPS warnings">
          {nps.warnings.map((warning) => (
            <li key={warning}>
              <strong>Warning:</strong> {warning}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
