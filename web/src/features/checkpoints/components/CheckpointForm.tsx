import { dateOf, isEditable, periodBounds, periodLabel } from '@cep/shared';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { UnsavedChangesGuard } from '../../../components/ui/UnsavedChangesGuard.tsx';
import { hasErrors } from '../../../lib/form-errors.ts';
import { formatCalendarDate } from '../../../lib/format.ts';
import type { SubmissionWithEtag } from '../api/checkpoints-api.ts';
import { type DraftOutcome, useCheckpointDraft } from '../hooks/useCheckpointDraft.ts';
import { contactsFrom, declaredContacts, issueRowsFrom } from '../utils/checkpoint-form.ts';
import { describeCheckpointField } from '../utils/checkpoint-labels.ts';
import { DraftAlerts } from './DraftAlerts.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { NpsFields } from './NpsFields.tsx';
import { ResponsivenessFields } from './ResponsivenessFields.tsx';
import { ReviewThread } from './ReviewThread.tsx';
import { SubmissionStatus } from './SubmissionStatus.tsx';
import { SubmitConfirmation } from './SubmitConfirmation.tsx';
import { TicketImportFigures } from './TicketImportFigures.tsx';
import { TopIssuesFields } from './TopIssuesFields.tsx';
import { VolumeFields } from './VolumeFields.tsx';

export interface CheckpointFormProps {
  vendorId: string;
  period: string;
  /** The submission as read. The form keeps its ETag for If-Match until a save or a reload replaces it. */
  initial: SubmissionWithEtag;
  /** Reads the current version again (after a 412, or a ticket import). */
  reload: () => Promise<SubmissionWithEtag | undefined>;
}

function outcomeText(outcome: DraftOutcome): string {
  if (outcome?.kind === 'saved') return `Draft saved at ${outcome.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
  if (outcome?.kind === 'submitted') return 'Submitted for review.';
  return '';
}

/** The vendor's data for one period, with what the registry computes from it beside it. */
export function CheckpointForm({ vendorId, period, initial, reload }: CheckpointFormProps) {
  const draft = useCheckpointDraft(vendorId, period, initial, reload);
  const { submission, state, errors, patch, live } = draft;
  const readOnly = !isEditable(submission.status);
  const targetMinutes = submission.figures.promise3.targetMinutes;
  // Data can be drafted while the period runs, and submitted from the day after it ends.
  const periodEnd = periodBounds(period).end;
  const running = dateOf(new Date()) <= periodEnd;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readOnly) void draft.saveDraft();
  }

  return (
    <>
      <SubmissionStatus submission={submission} audience="vendor" />
      <ReviewThread thread={submission.thread} />
      <div className="checkpoint-layout">
        <form className="form checkpoint-form" onSubmit={onSubmit} noValidate aria-label={`Checkpoint data for the ${periodLabel(period)}`}>
          <FormErrorSummary errors={draft.summaryErrors} describeField={describeCheckpointField} />
          <DraftAlerts failure={draft.failure} hasFieldErrors={hasErrors(draft.summaryErrors)} reloading={draft.reloading} onReload={() => void draft.reloadDraft()} />
          {/* Submitted and accepted data is shown in the same fields, which no longer take input. */}
          <fieldset className="checkpoint-fields" disabled={readOnly}>
            <VolumeFields contacts={state.contacts} activeClients={state.activeClients} errors={errors} onChange={patch} />
            <ResponsivenessFields
              values={state}
              targetMinutes={targetMinutes}
              errors={errors}
              onChange={patch}
              upload={{
                vendorId,
                period,
                ticketImport: draft.ticketImport,
                readOnly,
                onImported: (imported) => void draft.onImported(imported),
                declaredContacts: declaredContacts(state),
                onUseChannels: (byChannel) => patch({ contacts: contactsFrom(byChannel) }),
                onUseIssues: (suggested) => patch({ issues: issueRowsFrom(suggested) }),
              }}
            />
            <TopIssuesFields
              issues={state.issues}
              previousIssues={submission.previousIssues}
              flags={submission.figures.issues}
              errors={errors}
              readOnly={readOnly}
              onChange={(issues) => patch({ issues })}
            />
            <NpsFields runsNps={state.runsNps} nps={state.nps} errors={errors} onChange={patch} />
          </fieldset>
          {/* Outside the disabled fieldset, so its tables stay operable (they may scroll sideways). */}
          {readOnly && draft.ticketImport ? (
            <section className="section" aria-labelledby="ticket-import-heading">
              <h2 id="ticket-import-heading">Ticket export</h2>
              <TicketImportFigures ticketImport={draft.ticketImport} />
            </section>
          ) : null}
          <div className={readOnly ? 'form-actions' : 'form-actions sticky-actions'}>
            {readOnly ? null : (
              <>
                <Button type="submit" variant="secondary" busy={draft.action === 'save'} disabled={draft.action === 'submit'}>
                  Save draft
                </Button>
                <Button busy={draft.action === 'submit'} disabled={draft.action === 'save'} onClick={() => void draft.submitDraft()}>
                  Submit
                </Button>
              </>
            )}
            {running && !readOnly ? <p className="field-hint">The period runs until {formatCalendarDate(periodEnd)}: save drafts now, and submit once it has ended.</p> : null}
            {/* Always in the page, so screen readers announce the change. */}
            <p className="save-status" role="status">
              {outcomeText(draft.outcome)}
            </p>
          </div>
        </form>
        {draft.confirming ? <SubmitConfirmation submission={submission} busy={draft.action === 'submit'} onConfirm={() => void draft.confirmSubmit()} onClose={draft.cancelSubmit} /> : null}
        <UnsavedChangesGuard when={!readOnly && draft.unsaved} what={`the ${periodLabel(period)} data you changed`} />
        <FiguresPanel
          figures={readOnly ? submission.figures : live.figures}
          issues={readOnly ? (submission.data.topIssues ?? []) : (live.data.topIssues ?? [])}
          issueFlags={submission.figures.issues}
          npsReported={readOnly ? Boolean(submission.data.nps) : state.runsNps}
          missing={readOnly ? undefined : live.missing}
          live={!readOnly}
        />
      </div>
    </>
  );
}
