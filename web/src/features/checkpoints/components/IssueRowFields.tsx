import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';
import type { IssueRow } from '../utils/checkpoint-form.ts';
import { type IssueFlag, IssueFlagTag } from './IssueFlags.tsx';
import { NumberField } from './NumberField.tsx';

export interface IssueRowFieldsProps {
  row: IssueRow;
  index: number;
  previousIssues: readonly { id: string; title: string }[];
  flag: IssueFlag | undefined;
  errors: FieldErrorMap;
  readOnly: boolean;
  /** Just added: the title takes focus. */
  focusTitle: boolean;
  onChange: (row: IssueRow) => void;
  onRemove: () => void;
}

/** A label read as "Issue 2: Title" by a screen reader, shown as "Title" inside the "Issue 2" group. */
function rowLabel(name: string, text: string) {
  return (
    <>
      <span className="visually-hidden">{name}: </span>
      {text}
    </>
  );
}

export function IssueRowFields({ row, index, previousIssues, flag, errors, readOnly, focusTitle, onChange, onRemove }: IssueRowFieldsProps) {
  const name = `Issue ${index + 1}`;
  const path = `topIssues.${index}`;
  const set = (change: Partial<IssueRow>) => onChange({ ...row, ...change });
  // A link to an issue no longer offered (an older period) stays visible rather than being dropped silently.
  const linkKnown = !row.linkedIssueId || previousIssues.some((issue) => issue.id === row.linkedIssueId);
  return (
    <li>
      <fieldset className="issue-row">
        <legend>{name}</legend>
        <FormField label={rowLabel(name, 'Title')} errorLabel={`${name}: title`} error={errors[`${path}.title`]}>
          {(control) => <input {...control} autoFocus={focusTitle} maxLength={200} value={row.title} onChange={(e) => set({ title: e.target.value })} />}
        </FormField>
        <div className="grid-3">
          <NumberField label={rowLabel(name, 'Contacts')} errorLabel={`${name}: contacts`} error={errors[`${path}.contacts`]} value={row.contacts} onChange={(contacts) => set({ contacts })} />
          <NumberField
            kind="decimal"
            label={rowLabel(name, 'Average hours to resolve')}
            errorLabel={`${name}: average hours to resolve`}
            error={errors[`${path}.averageHoursToResolve`]}
            value={row.averageHoursToResolve}
            onChange={(averageHoursToResolve) => set({ averageHoursToResolve })}
          />
          {previousIssues.length > 0 || row.linkedIssueId ? (
            <FormField
              label={rowLabel(name, 'Continues an earlier issue')}
              errorLabel={`${name}: earlier issue`}
              optional
              hint="Pick it when the title changed; the same title matches by itself."
              error={errors[`${path}.linkedIssueId`]}
            >
              {(control) => (
                <select {...control} value={row.linkedIssueId} onChange={(e) => set({ linkedIssueId: e.target.value })}>
                  <option value="">No, or the same title</option>
                  {previousIssues.map((issue) => (
                    <option key={issue.id} value={issue.id}>
                      {issue.title}
                    </option>
                  ))}
                  {linkKnown ? null : <option value={row.linkedIssueId}>An issue of an earlier period</option>}
                </select>
              )}
            </FormField>
          ) : null}
        </div>
        <div className="issue-row-footer">
          <IssueFlagTag flag={flag} />
          {readOnly ? null : (
            <Button variant="link" size="small" aria-label={`Remove issue ${index + 1}`} onClick={onRemove}>
              Remove
            </Button>
          )}
        </div>
      </fieldset>
    </li>
  );
}
