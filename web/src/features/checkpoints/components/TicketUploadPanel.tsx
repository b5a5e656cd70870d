import { type Channel, DEFAULT_PRIORITY_MAP, isValidTimeZone, layoutColumns, PRIORITY_LEVELS, type PriorityLevel, TICKET_LAYOUTS, type TicketImport, ticketTemplateCsv, TIME_ZONE_MESSAGE } from '@cep/shared';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useVendor } from '../../vendors/index.ts';
import { useTicketUpload } from '../hooks/useTicketUpload.ts';
import { formatCount } from '../utils/checkpoint-format.ts';
import { TICKET_FORMAT_LABELS } from '../utils/checkpoint-labels.ts';
import { ImportSuggestions, type SuggestedIssues } from './ImportSuggestions.tsx';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import { TicketImportFigures } from './TicketImportFigures.tsx';
import { UploadProgressBar } from './UploadProgressBar.tsx';

/** What a failed upload said: a message for the alert, the time zone's problem, and the unusable lines. */
function uploadFailure(error: unknown) {
  const fieldErrors = isApiError(error) ? error.fieldErrors : [];
  const lines = fieldErrors.filter((e) => /^file\.line\.\d+$/.test(e.field)).map((e) => ({ line: Number(e.field.slice('file.line.'.length)), reason: e.message }));
  const timeZone = fieldErrors.find((e) => e.field === 'timeZone')?.message;
  if (isApiError(error) && error.status === 413) return { title: 'The file is too large', detail: error.detail ?? 'Split the export into smaller files.', timeZone, lines };
  if (error instanceof DOMException && error.name === 'AbortError') return { title: 'Upload cancelled', detail: 'Nothing was imported.', timeZone, lines };
  if (isApiError(error) && error.status === 400) {
    // The file's own problem ("no usable row", "empty") says more than the generic detail.
    return { title: 'The file could not be imported', detail: fieldErrors.find((e) => e.field === 'file')?.message ?? error.detail, timeZone, lines };
  }
  return { ...describeError(error), timeZone, lines };
}

export interface TicketUploadPanelProps {
  vendorId: string;
  period: string;
  ticketImport: TicketImport | null;
  readOnly: boolean;
  /** "is required" when the draft is set to tickets but none was imported yet. */
  error?: string | undefined;
  onImported: (ticketImport: TicketImport) => void;
  /** The contacts the draft declares, for the coverage warning. */
  declaredContacts: number | null;
  onUseChannels: (byChannel: Record<Channel, number>) => void;
  onUseIssues: (issues: SuggestedIssues) => void;
}

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(ticketTemplateCsv())}`;

/** The helpdesk priorities the page offers to map, as Zendesk and Freshdesk name them. */
const HELPDESK_PRIORITIES = Object.keys(DEFAULT_PRIORITY_MAP);

/** The columns each layout reads, as the import recognises them. */
function AcceptedColumns() {
  return (
    <details className="accepted-columns">
      <summary>Accepted columns, and a template</summary>
      <ul>
        {TICKET_LAYOUTS.map((layout) => {
          const { required, optional } = layoutColumns(layout);
          return (
            <li key={layout.format}>
              <strong>{TICKET_FORMAT_LABELS[layout.format]}</strong>: {required.map((c) => <code key={c}>{c}</code>).reduce<ReactNode[]>((all, c) => (all.length ? [...all, ', ', c] : [c]), [])}; if present{' '}
              {optional.map((c) => <code key={c}>{c}</code>).reduce<ReactNode[]>((all, c) => (all.length ? [...all, ', ', c] : [c]), [])}.
            </li>
          );
        })}
      </ul>
      <p className="field-hint">Column names are matched whatever their case; other columns are ignored. A channel column fills the contacts by channel, a category, tags or type column suggests the top issues.</p>
      <a href={TEMPLATE_HREF} download="ticket-export-template.csv">
        Download the CSV template
      </a>
    </details>
  );
}

/** Choose a CSV export, upload it with progress, and see what the registry computed from it. */
export function TicketUploadPanel({ vendorId, period, ticketImport, readOnly, error, onImported, declaredContacts, onUseChannels, onUseIssues }: TicketUploadPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [timeZone, setTimeZone] = useState('');
  const [priorities, setPriorities] = useState<Record<string, PriorityLevel>>({ ...DEFAULT_PRIORITY_MAP });
  const [problems, setProblems] = useState<{ file?: string; timeZone?: string }>({});
  const calendarZone = useVendor(vendorId).data?.vendor.calendar.timeZone;
  const upload = useTicketUpload(vendorId, period, onImported);

  function start() {
    const zone = timeZone.trim();
    const next = { file: file ? undefined : 'must be chosen first', timeZone: zone && !isValidTimeZone(zone) ? TIME_ZONE_MESSAGE : undefined };
    setProblems(next);
    if (!file || next.timeZone) return;
    upload.mutate({ file, timeZone: zone || undefined, priorityMap: Object.entries(priorities).map(([from, to]) => `${from}:${to}`).join(',') });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter here uploads rather than saving the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      start();
    }
  }

  const failure = upload.isError ? uploadFailure(upload.error) : null;
  return (
    <div className="ticket-upload">
      {readOnly ? null : (
        <>
          <p className="field-hint">
            One row per ticket with its id, created at, first response at, priority, channel, solved at and category. Zendesk and Freshdesk exports are recognised from
            their header row. Business minutes are counted against your business hours.
          </p>
          <AcceptedColumns />
          <div className="grid-2">
            <FormField label="Ticket export (CSV)" error={problems.file ?? (file ? undefined : error)}>
              {(control) => (
                <input
                  {...control}
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(e) => {
                    setFile(e.target.files?.[0] ?? null);
                    setProblems((p) => ({ ...p, file: undefined }));
                  }}
                />
              )}
            </FormField>
            <FormField label="Time zone of the export" optional hint="For exports whose times carry no offset (Zendesk, Freshdesk). Empty: your calendar’s zone." error={problems.timeZone ?? failure?.timeZone}>
              {(control) => <input {...control} value={timeZone} placeholder={calendarZone ?? 'Europe/Berlin'} autoComplete="off" onKeyDown={onKeyDown} onChange={(e) => setTimeZone(e.target.value)} />}
            </FormField>
          </div>
          <fieldset className="priority-map">
            <legend>The export’s priorities as your levels</legend>
            <div className="grid-5">
              {HELPDESK_PRIORITIES.map((name) => (
                <FormField key={name} label={`“${name}” is`}>
                  {(control) => (
                    <select {...control} value={priorities[name]} onChange={(e) => setPriorities((p) => ({ ...p, [name]: e.target.value as PriorityLevel }))}>
                      {PRIORITY_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              ))}
            </div>
          </fieldset>
          <div className="form-actions">
            <Button variant="secondary" busy={upload.isPending} onClick={start}>
              Upload
            </Button>
            {upload.isPending ? (
              <Button variant="link" onClick={upload.cancel}>
                Cancel upload
              </Button>
            ) : null}
          </div>
          {upload.isPending && upload.progress ? <UploadProgressBar progress={upload.progress} /> : null}
          {failure ? (
            <Alert tone="error" title={failure.title}>
              {failure.detail}
            </Alert>
          ) : null}
          {failure && failure.lines.length > 0 ? <RowErrorsTable errors={failure.lines} total={failure.lines.length} summary="Why the rows could not be used" /> : null}
          {upload.isSuccess ? (
            <Alert tone="success" title="Tickets imported">
              {formatCount(upload.data.rows)} rows read; the response times below now come from this export.
            </Alert>
          ) : null}
        </>
      )}
      {/* Read-only data shows its import after the form's disabled fields (see CheckpointForm). */}
      {readOnly ? null : ticketImport ? (
        <>
          <TicketImportFigures ticketImport={ticketImport} />
          <ImportSuggestions ticketImport={ticketImport} declaredContacts={declaredContacts} onUseChannels={onUseChannels} onUseIssues={onUseIssues} />
        </>
      ) : (
        <p className="muted">No ticket export has been imported for this period yet.</p>
      )}
    </div>
  );
}
