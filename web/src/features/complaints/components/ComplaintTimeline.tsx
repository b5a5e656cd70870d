import type { TimelineEntry } from '@cep/shared';
import { formatDateTime } from '../../../lib/format.ts';
import { timelineActionLabel, timelineActorLabel } from '../utils/complaint-labels.ts';

/** Everything that happened to the complaint, oldest first: when, what, who, and any note. */
export function ComplaintTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  if (timeline.length === 0) return <p className="muted">Nothing is recorded yet.</p>;
  return (
    <ol className="timeline" data-testid="complaint-timeline">
      {timeline.map((entry, index) => (
        // Entries have no id; the timeline is append-only and read whole, so position is stable.
        <li key={`${entry.at}-${index}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          <span className="timeline-action">{timelineActionLabel(entry.action)}</span>
          <span className="muted">by {timelineActorLabel(entry.actor)}</span>
          {entry.note ? <p className="pre-line timeline-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
