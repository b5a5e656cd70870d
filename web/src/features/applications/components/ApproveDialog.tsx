import { type Application, ApproveApplicationBody, slugify, type Vendor, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useApproveApplication } from '../hooks/useApplications.ts';

/** Approving creates the vendor; the slug (its public address) may be chosen here, or derived. */
export function ApproveDialog({ application, onClose, onApproved }: { application: Application; onClose: () => void; onApproved: (vendor: Vendor) => void }) {
  const [slug, setSlug] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const approve = useApproveApplication();
  const suggestion = slugify(application.companyName) || 'vendor';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = slug.trim() ? { slug: slug.trim() } : {};
    const problems = toFieldErrorMap(validate(ApproveApplicationBody, body));
    setErrors(problems);
    if (hasErrors(problems)) return;
    approve.mutate({ id: application.id, body }, { onSuccess: ({ vendor }) => onApproved(vendor), onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <Dialog title={`Approve ${application.companyName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>
          This creates the vendor and e-mails {application.contactEmail} a one-time link, valid 7 days, to set up the owner account.
        </p>
        {approve.isError && !hasErrors(errors) ? <Alert tone="error" title={describeError(approve.error).title}>{describeError(approve.error).detail}</Alert> : null}
        <FormField label="Slug" optional hint={`The vendor's address in the directory and on its badge. Left empty, it becomes “${suggestion}” (or the next free variant).`} error={errors.slug}>
          {(control) => <input {...control} value={slug} placeholder={suggestion} spellCheck={false} autoCapitalize="none" onChange={(e) => setSlug(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" busy={approve.isPending}>
            Approve and invite
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
