import { MAX_TOP_ISSUES } from '@cep/shared';
import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';
import { type IssueRow, newIssueRow } from '../utils/checkpoint-form.ts';
import type { IssueFlag } from './IssueFlags.tsx';
import { IssueRowFields } from './IssueRowFields.tsx';

export interface TopIssuesFieldsProps {
  issues: IssueRow[];
  previousIssues: readonly { id: string; title: string }[];
  flags: readonly IssueFlag[];
  errors: FieldErrorMap;
  readOnly: boolean;
  onChange: (issues: IssueRow[]) => void;
}

/** Up to five issues, each with its contacts and average time to resolve. */
export function TopIssuesFields({ issues, previousIssues, flags, errors, readOnly, onChange }: TopIssuesFieldsProps) {
  // Keyboard focus follows the change: into a new row's title, or to "Add issue" when a row goes.
  const [added, setAdded] = useState<string | null>(null);
  const focusAddButton = useRef(false);
  function add() {
    const row = newIssueRow();
    setAdded(row.key);
    onChange([...issues, row]);
  }
  function remove(key: string) {
    onChange(issues.filter((r) => r.key !== key));
    // The button may only reappear with this change (five rows hide it), so focus it once rendered.
    focusAddButton.current = true;
  }
  const addButtonRef = (button: HTMLButtonElement | null) => {
    if (button && focusAddButton.current) {
      focusAddButton.current = false;
      button.focus();
    }
  };
  return (
    <fieldset className="section">
      <legend>Top issues</legend>
      <p className="field-hint">
        The issues customers contacted you about most, up to {MAX_TOP_ISSUES}. An issue also in the previous period’s top five is recurring; in three periods in a
        row, chronic.
      </p>
      {errors.topIssues ? <p className="field-error">Top issues {errors.topIssues}</p> : null}
      {issues.length === 0 ? <p className="muted">No issues listed yet.</p> : null}
      <ol className="issue-list">
        {issues.map((row, index) => (
          <IssueRowFields
            key={row.key}
            row={row}
            index={index}
            previousIssues={previousIssues}
            flag={row.id ? flags.find((f) => f.id === row.id) : undefined}
            errors={errors}
            readOnly={readOnly}
            onChange={(next) => onChange(issues.map((r) => (r.key === row.key ? next : r)))}
            focusTitle={row.key === added}
            onRemove={() => remove(row.key)}
          />
        ))}
      </ol>
      {readOnly || issues.length >= MAX_TOP_ISSUES ? null : (
        <div>
          <Button ref={addButtonRef} variant="secondary" onClick={add}>
            Add issue
          </Button>
        </div>
      )}
    </fieldset>
  );
}
