import { describeCheckpointField } from '../utils/checkpoint-labels.ts';

/** What the registry still needs before this period's data can be submitted. */
export function MissingFields({ missing }: { missing: readonly string[] }) {
  return (
    <div className="missing-fields" data-testid="missing-fields">
      <h3>Still needed before submitting</h3>
      {missing.length === 0 ? (
        <p className="notice-success">Everything needed is filled in.</p>
      ) : (
        <ul>
          {missing.map((field) => (
            <li key={field}>{describeCheckpointField(field)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
