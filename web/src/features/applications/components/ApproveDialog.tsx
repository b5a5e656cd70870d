import { type Application, ApproveApplicationBody, slugify, type Vendor } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useApproveApplication } from '../hooks/useApplications.ts';

/** Approving creates the vendor; the slug (its public address) may be chosen here, or derived. */
export function ApproveDialog({ application, onClose, onApproved }: { application: Application; onClose: () => void; onApproved: (vendor: Vendor) => void }) {
  const approve = useApproveApplication();
  const suggestion = slugify(application.companyName) || 'vendor';
  const form = useSchemaForm({
    schema: ApproveApplicationBody,
    initial: { slug: '' },
    toBody: ({ slug }): ApproveApplicationBody => (slug.trim() ? { slug: slug.trim() } : {}),
    send: (body) => approve.mutateAsync({ id: application.id, body }),
    onDone: ({ vendor }) => onApproved(vendor),
  });

  return (
    <Dialog title={`Approve ${application.companyName}`} onClose={onClose}>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <p>
          This creates the vendor and e-mails {application.contactEmail} a one-time link, valid 7 days, to set up the owner account.
        </p>
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Slug" optional hint={`The vendor's address in the directory and on its badge. Left empty, it becomes “${suggestion}” (or the next free variant).`} error={form.errors.slug}>
          {(control) => <input {...control} value={form.values.slug} placeholder={suggestion} spellCheck={false} autoCapitalize="none" onChange={(e) => form.set({ slug: e.target.value })} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" busy={form.pending}>
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
