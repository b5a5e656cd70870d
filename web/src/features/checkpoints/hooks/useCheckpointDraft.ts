import { CheckpointDataSchema, checkpointFigures, checkpointInconsistencies, type CheckpointData, missingFields, type TicketImport, validate } from '@cep/shared';
import { useMemo, useState } from 'react';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import type { SubmissionWithEtag } from '../api/checkpoints-api.ts';
import { type CheckpointFormState, differsOnlyInResponsiveness, inFormWords, toCheckpointData, toFormState } from '../utils/checkpoint-form.ts';
import { useSaveSubmission, useSubmitSubmission } from './useSubmission.ts';

export type DraftOutcome = { kind: 'saved'; at: Date } | { kind: 'submitted' } | null;

const schemaProblems = (body: CheckpointData): FieldErrorMap => inFormWords(toFieldErrorMap(validate(CheckpointDataSchema, body)));

/**
 * The vendor's editing session of one period: the values as typed, the version they are based on
 * (its ETag goes back as If-Match), the last ticket import, and what the registry would compute from
 * them right now, with the very functions the API applies.
 */
export function useCheckpointDraft(vendorId: string, period: string, initial: SubmissionWithEtag, reload: () => Promise<SubmissionWithEtag | undefined>) {
  const [current, setCurrent] = useState(initial);
  const [state, setState] = useState<CheckpointFormState>(() => toFormState(initial.submission.data));
  const [ticketImport, setTicketImport] = useState<TicketImport | null>(initial.submission.ticketImport);
  // What the schema or the server refused, kept until the next save; contradictions are shown live
  // instead, and remembered only for the summary of the save they stopped.
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [contradictions, setContradictions] = useState<FieldErrorMap>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<DraftOutcome>(null);
  const [reloading, setReloading] = useState(false);
  const [action, setAction] = useState<'save' | 'submit' | null>(null);
  /** The draft is saved and waits for the vendor to confirm the submission. */
  const [confirming, setConfirming] = useState(false);
  const save = useSaveSubmission(vendorId, period);
  const submit = useSubmitSubmission(vendorId, period);

  const submission = current.submission;
  // Changes not saved yet: the page asks before they are lost.
  const baseline = useMemo(() => JSON.stringify(toCheckpointData(toFormState(current.submission.data), 'lenient')), [current]);
  const unsaved = JSON.stringify(toCheckpointData(state, 'lenient')) !== baseline;

  const live = useMemo(() => {
    const data = toCheckpointData(state, 'lenient');
    const { targetMinutes, threshold } = submission.figures.promise3;
    return {
      data,
      figures: checkpointFigures(data, { period, targetMinutes, threshold, ticketImport, history: [] }),
      missing: missingFields(data, ticketImport),
      inconsistencies: toFieldErrorMap(checkpointInconsistencies(data)),
    };
  }, [state, ticketImport, period, submission.figures.promise3]);

  // One object per save, not per render: the summary takes focus whenever it gets a new one.
  const summaryErrors = useMemo(() => (hasErrors(contradictions) ? { ...errors, ...contradictions } : errors), [errors, contradictions]);

  function startFrom(next: SubmissionWithEtag) {
    setCurrent(next);
    setState(toFormState(next.submission.data));
    setTicketImport(next.submission.ticketImport);
    setErrors(NO_ERRORS);
    setContradictions(NO_ERRORS);
  }

  /** Checks and saves; the saved version when it worked. */
  async function persist(): Promise<SubmissionWithEtag | null> {
    setOutcome(null);
    setFailure(null);
    const body = toCheckpointData(state, 'strict');
    const problems = schemaProblems(body);
    const contradicting = toFieldErrorMap(checkpointInconsistencies(body));
    setErrors(problems);
    setContradictions(contradicting);
    if (hasErrors(problems) || hasErrors(contradicting)) return null;
    try {
      const saved = await save.mutateAsync({ etag: current.etag, body });
      startFrom(saved);
      return saved;
    } catch (error) {
      setFailure(error);
      setErrors(inFormWords(serverFieldErrors(error)));
      return null;
    }
  }

  async function saveDraft() {
    setAction('save');
    try {
      if (await persist()) setOutcome({ kind: 'saved', at: new Date() });
    } finally {
      setAction(null);
    }
  }

  /**
   * Saves what is on screen first, so what is submitted is what the vendor sees, then asks for
   * confirmation with the saved figures (`confirming`); `confirmSubmit` sends it.
   */
  async function submitDraft() {
    setAction('submit');
    try {
      if (await persist()) setConfirming(true);
    } finally {
      setAction(null);
    }
  }

  async function confirmSubmit() {
    setAction('submit');
    try {
      const submitted = await submit.mutateAsync();
      startFrom({ submission: submitted, etag: `"${submitted.version}"` });
      setOutcome({ kind: 'submitted' });
    } catch (error) {
      setFailure(error);
      setErrors(inFormWords(serverFieldErrors(error)));
    } finally {
      setConfirming(false);
      setAction(null);
    }
  }

  async function reloadDraft() {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        startFrom(fresh);
        setFailure(null);
        setOutcome(null);
      }
    } finally {
      setReloading(false);
    }
  }

  /**
   * The server keeps the import and switches the draft's responsiveness to tickets, which moves its
   * version on. The form adopts the new version only when nothing else changed meanwhile; otherwise
   * the next save is refused (412) and the vendor reloads, instead of overwriting someone else's
   * change. The aggregates typed here stay in the form (and are sent, ignored, with the tickets source).
   */
  async function onImported(imported: TicketImport) {
    setTicketImport(imported);
    setState((s) => ({ ...s, source: 'tickets' }));
    const fresh = await reload();
    if (fresh) setCurrent((previous) => (differsOnlyInResponsiveness(fresh.submission.data, previous.submission.data) ? fresh : previous));
  }

  return {
    submission,
    state,
    patch: (change: Partial<CheckpointFormState>) => setState((s) => ({ ...s, ...change })),
    ticketImport,
    live,
    /** Next to the fields: what the last save was refused for, and the contradictions as they are now. */
    errors: { ...errors, ...live.inconsistencies },
    /** At the top: everything the last save or submission was refused for. */
    summaryErrors,
    failure,
    outcome,
    /** Which button's action is running (a submission saves first). */
    action,
    reloading,
    unsaved,
    confirming,
    saveDraft,
    submitDraft,
    confirmSubmit,
    cancelSubmit: () => setConfirming(false),
    reloadDraft,
    onImported,
  };
}
