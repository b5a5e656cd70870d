import { type Agreement, type Pledge, SignPledgeBody } from '@cep/shared';
import { useId } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { hasErrors } from '../../../lib/form-errors.ts';
import { useSignPledge } from '../hooks/usePledge.ts';

const LABELS: Record<string, string> = { signerName: 'Your name', signerTitle: 'Your job title', accept: 'I accept', agreementVersion: 'Agreement version' };
const describeField = (field: string): string => LABELS[field] ?? field;

/**
 * The owner's signature. Everything stays disabled until the reader has reached the end of the text
 * (`readToEnd`); the version read travels with the signature, so a version published meanwhile is
 * refused (409) instead of being signed unread.
 */
export function SignPledgeForm({
  vendorId,
  agreement,
  readToEnd,
  defaultName,
  onSigned,
  onStale,
}: {
  vendorId: string;
  agreement: Agreement;
  readToEnd: boolean;
  defaultName: string;
  onSigned: (pledge: Pledge) => void;
  onStale: () => void;
}) {
  const sign = useSignPledge(vendorId);
  const acceptId = useId();
  const gateId = useId();
  const form = useSchemaForm({
    schema: SignPledgeBody,
    initial: { signerName: defaultName, signerTitle: '', accept: false },
    // The version read travels with the signature; ticking "I accept" is checked by the form.
    toBody: ({ signerName, signerTitle }): SignPledgeBody => ({ signerName: signerName.trim(), signerTitle: signerTitle.trim(), accept: true, agreementVersion: agreement.version }),
    check: ({ accept }) => ({ accept: accept ? undefined : 'must be ticked to sign' }),
    send: (body, idempotencyKey) => sign.mutateAsync({ body, idempotencyKey }),
    onDone: onSigned,
  });
  const { signerName, signerTitle, accept } = form.values;
  const errors = form.errors;

  const stale = isApiError(form.failure) && form.failure.status === 409 && form.failure.fieldErrors.some((e) => e.field === 'agreementVersion');
  const failure = form.failure ? describeError(form.failure) : null;
  const { agreementVersion: _versionError, ...fieldErrors } = errors;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby={`${gateId}-legend`}>
      <FormErrorSummary errors={fieldErrors} describeField={describeField} />
      {stale ? (
        <Alert
          tone="warning"
          title="A newer version of the agreement is in effect"
          actions={
            <Button variant="secondary" onClick={onStale}>
              Read the current version
            </Button>
          }
        >
          {failure?.detail}
        </Alert>
      ) : failure && !hasErrors(fieldErrors) ? (
        <Alert tone="error" title={failure.title}>
          {failure.detail}
        </Alert>
      ) : null}
      <fieldset disabled={!readToEnd} aria-describedby={gateId}>
        <legend id={`${gateId}-legend`}>Your signature</legend>
        <p id={gateId} className={readToEnd ? 'field-hint' : 'field-hint gate-hint'} role="status">
          {readToEnd ? 'You have reached the end of the text: you can sign now.' : 'Scroll to the end of the agreement text to sign.'}
        </p>
        <FormField label={LABELS.signerName} error={errors.signerName} required>
          {(control) => <input {...control} autoComplete="name" value={signerName} onChange={(e) => form.set({ signerName: e.target.value })} />}
        </FormField>
        <FormField label={LABELS.signerTitle} hint="As it should appear on the signed copy, e.g. Head of Support." error={errors.signerTitle} required>
          {(control) => <input {...control} autoComplete="organization-title" value={signerTitle} onChange={(e) => form.set({ signerTitle: e.target.value })} />}
        </FormField>
        <div className={errors.accept ? 'field field-invalid' : 'field'}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={accept}
              required
              onChange={(e) => form.set({ accept: e.target.checked })}
              aria-describedby={errors.accept ? `${acceptId}-error` : undefined}
              aria-invalid={errors.accept ? true : undefined}
            />
            <span>
              I accept version {agreement.version} of the pledge above, and I am authorised to sign it for my company.
            </span>
          </label>
          {errors.accept ? (
            <p id={`${acceptId}-error`} className="field-error">
              Tick “I accept” to sign.
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <Button type="submit" busy={form.pending}>
            Sign the pledge
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
