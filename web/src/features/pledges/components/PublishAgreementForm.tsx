import { type Agreement, PublishAgreementBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';
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

/** The percentage as typed and the date in the admin's time zone: what the body's schema cannot see. */
function checkValues(values: Values): Record<string, string | undefined> {
  const percent = Number(values.percent.replace(',', '.'));
  const at = values.effectiveAt ? new Date(values.effectiveAt).getTime() : null;
  return {
    responseTargetShare: !values.percent.trim() || !Number.isFinite(percent) || percent <= 0 || percent > 100 ? SHARE_MESSAGE : undefined,
    effectiveAt: at === null ? undefined : Number.isNaN(at) ? 'must be a date and time' : at < Date.now() - 60_000 ? 'must not be in the past' : undefined,
  };
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
  const [published, setPublished] = useState<Agreement | null>(null);
  const publish = usePublishAgreement();
  const form = useSchemaForm({
    schema: PublishAgreementBody,
    initial: EMPTY,
    toBody,
    check: checkValues,
    words: inFormTerms,
    // A published version is never changed: the admin reviews a summary first.
    confirmFirst: true,
    send: (body, idempotencyKey) => {
      setPublished(null);
      return publish.mutateAsync({ body, idempotencyKey });
    },
    onDone: (agreement) => {
      setPublished(agreement);
      form.set(EMPTY);
    },
  });
  const { values, errors } = form;
  const confirming = form.reviewing;
  const set = (field: keyof Values) => (value: string) => form.set({ [field]: value });
  const nextVersion = latest ? latest.version + 1 : undefined;

  const previewText = normalizeText(values.text);
  return (
    <>
      <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publish a new version</h2>
        <p role="status" className={published ? 'notice notice-success' : 'notice'}>
          {published ? `Version ${published.version} published; it takes effect ${formatDateTime(published.effectiveAt)}.` : ''}
        </p>
        <FormErrorSummary errors={errors} describeField={describeField} />
        <FormFailure failure={form.failure} errors={errors} />
        <fieldset>
          <legend>The agreement</legend>
          {latest ? (
            <div>
              <Button variant="secondary" size="small" onClick={() => form.set({ title: latest.title, text: latest.text })}>
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
        <Dialog title={nextVersion ? `Publish version ${nextVersion}?` : 'Publish this version?'} onClose={form.cancelReview}>
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
              <Button busy={form.pending} onClick={() => void form.confirm()}>
                {nextVersion ? `Publish version ${nextVersion}` : 'Publish'}
              </Button>
              <Button variant="secondary" onClick={form.cancelReview}>
                Back to editing
              </Button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
