import { type Agreement, PublishAgreementBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePublishAgreement } from '../hooks/useAgreements.ts';
import { AgreementReader } from './AgreementReader.tsx';

const LABELS: Record<string, string> = {
  title: 'Title',
  text: 'Text',
  responseTargetMinutes: 'Response target (business minutes)',
  responseTargetShare: 'Share within the target (%)',
  effectiveAt: 'Takes effect',
};
const describeField = (field: string): string => LABELS[field] ?? field;
const SHARE_MESSAGE = 'must be a percentage above 0 and at most 100';

interface Values {
  title: string;
  text: string;
  minutes: string;
  percent: string;
  /** `datetime-local` value, in the admin's time zone; empty: as soon as it is published. */
  effectiveAt: string;
}
const EMPTY: Values = { title: '', text: '', minutes: '120', percent: '95', effectiveAt: '' };

/** What the server stores: trimmed text with Unix line ends, so the preview shows exactly that. */
const normalizeText = (text: string): string => text.replace(/\r\n/g, '\n').trim();

function toBody(values: Values): PublishAgreementBody {
  const minutes = /^\s*\d+\s*$/.test(values.minutes) ? Number(values.minutes) : Number.NaN;
  const percent = Number(values.percent.replace(',', '.'));
  return {
    title: values.title.trim(),
    text: normalizeText(values.text),
    responseTargetMinutes: minutes,
    // Four decimals are enough for any share a person types as a percentage (95.5 → 0.955).
    responseTargetShare: Math.round(percent * 100) / 10000,
    ...(values.effectiveAt ? { effectiveAt: new Date(values.effectiveAt).toISOString() } : {}),
  };
}

function checkValues(values: Values): FieldErrorMap {
  const problems: Record<string, string> = {};
  const percent = Number(values.percent.replace(',', '.'));
  if (!values.percent.trim() || !Number.isFinite(percent) || percent <= 0 || percent > 100) problems.responseTargetShare = SHARE_MESSAGE;
  if (values.effectiveAt) {
    const at = new Date(values.effectiveAt).getTime();
    if (Number.isNaN(at)) problems.effectiveAt = 'must be a date and time';
    else if (at < Date.now() - 60_000) problems.effectiveAt = 'must not be in the past';
  }
  if (problems.responseTargetShare || problems.effectiveAt) return problems;
  return { ...toFieldErrorMap(validate(PublishAgreementBody, toBody(values))), ...problems };
}

/** The server words the share as a fraction (≤ 1); this form asks for a percentage. */
function inFormTerms(errors: FieldErrorMap): FieldErrorMap {
  return errors.responseTargetShare ? { ...errors, responseTargetShare: SHARE_MESSAGE } : errors;
}

/**
 * Writes the next agreement version: the text with a live preview as vendors will read it, the
 * response-time threshold, an optional effective date, then a confirmation (a published version is
 * never changed, and vendors on older versions will be asked to sign again).
 */
export function PublishAgreementForm({ latest }: { latest: Agreement | undefined }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [confirming, setConfirming] = useState<PublishAgreementBody | null>(null);
  const [published, setPublished] = useState<Agreement | null>(null);
  const publish = usePublishAgreement();
  const keyFor = useIdempotencyKey();
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const nextVersion = latest ? latest.version + 1 : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkValues(values);
    setErrors(problems);
    setPublished(null);
    publish.reset();
    if (hasErrors(problems)) return;
    setConfirming(toBody(values));
  }

  function onConfirm(body: PublishAgreementBody) {
    publish.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: (agreement) => {
          setConfirming(null);
          setPublished(agreement);
          setValues(EMPTY);
        },
        onError: (error) => {
          setConfirming(null);
          setErrors(inFormTerms(serverFieldErrors(error)));
        },
      },
    );
  }

  const previewText = normalizeText(values.text);
  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publish a new version</h2>
        <p role="status" className={published ? 'notice notice-success' : 'notice'}>
          {published ? `Version ${published.version} published; it takes effect ${formatDateTime(published.effectiveAt)}.` : ''}
        </p>
        <FormErrorSummary errors={errors} describeField={describeField} />
        {publish.isError && !hasErrors(errors) ? (
          <Alert tone="error" title={describeError(publish.error).title}>
            {describeError(publish.error).detail}
          </Alert>
        ) : null}
        <fieldset>
          <legend>The agreement</legend>
          {latest ? (
            <div>
              <Button variant="secondary" size="small" onClick={() => setValues((v) => ({ ...v, title: latest.title, text: latest.text }))}>
                Start from version {latest.version}
              </Button>
            </div>
          ) : null}
          <FormField label={LABELS.title} hint="At least 3 characters, e.g. “Customer Excellence Pledge — version 2”." error={errors.title} required>
            {(control) => <input {...control} value={values.title} onChange={(e) => set('title')(e.target.value)} />}
          </FormField>
          <div className="editor-preview">
            <FormField label={LABELS.text} hint="Plain text, at least 50 characters: the four promises and the checkpoints. Line breaks are kept." error={errors.text} required>
              {(control) => <textarea {...control} rows={18} className="agreement-editor" value={values.text} onChange={(e) => set('text')(e.target.value)} />}
            </FormField>
            <section className="preview" aria-labelledby="preview-heading">
              <h3 id="preview-heading">Preview</h3>
              <p className="field-hint">As vendors will read it before signing.</p>
              {previewText || values.title.trim() ? (
                <AgreementReader title={values.title.trim() || 'Untitled'} text={previewText} label="Preview of the agreement text" />
              ) : (
                <p className="muted">Type the text to see it here.</p>
              )}
            </section>
          </div>
        </fieldset>
        <fieldset>
          <legend>Promise 3: the response-time threshold</legend>
          <div className="grid-2">
            <FormField label={LABELS.responseTargetMinutes} hint="First response within this many minutes of business hours." error={errors.responseTargetMinutes} required>
              {(control) => <input {...control} inputMode="numeric" value={values.minutes} onChange={(e) => set('minutes')(e.target.value)} />}
            </FormField>
            <FormField label={LABELS.responseTargetShare} hint="Promise 3 is met when at least this share of first responses is within the target." error={errors.responseTargetShare} required>
              {(control) => <input {...control} inputMode="decimal" value={values.percent} onChange={(e) => set('percent')(e.target.value)} />}
            </FormField>
          </div>
        </fieldset>
        <fieldset>
          <legend>When</legend>
          <FormField
            label={LABELS.effectiveAt}
            optional
            hint="Your local time. Leave empty to put the version in effect as soon as it is published. Vendors signed on an older version keep their standing for 60 days after it takes effect."
            error={errors.effectiveAt}
          >
            {(control) => <input {...control} type="datetime-local" value={values.effectiveAt} onChange={(e) => set('effectiveAt')(e.target.value)} />}
          </FormField>
        </fieldset>
        <div className="form-actions">
          <Button type="submit">Review and publish</Button>
        </div>
      </form>
      {confirming ? (
        <Dialog title={nextVersion ? `Publish version ${nextVersion}?` : 'Publish this version?'} onClose={() => setConfirming(null)}>
          <div className="form">
            <dl className="facts">
              <dt>Title</dt>
              <dd>{confirming.title}</dd>
              <dt>Takes effect</dt>
              <dd>{confirming.effectiveAt ? formatDateTime(confirming.effectiveAt) : 'As soon as it is published'}</dd>
              <dt>Promise 3</dt>
              <dd>
                {Math.round(confirming.responseTargetShare * 10000) / 100}% of first responses within {confirming.responseTargetMinutes} business minutes
              </dd>
              <dt>Text</dt>
              <dd>{confirming.text.length} characters</dd>
            </dl>
            <p>
              A published version is never changed. Vendors signed on an older version are e-mailed when it takes effect and must sign it within 60 days.
            </p>
            <div className="form-actions">
              <Button busy={publish.isPending} onClick={() => onConfirm(confirming)}>
                {nextVersion ? `Publish version ${nextVersion}` : 'Publish'}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(null)}>
                Back to editing
              </Button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
