import { UpdateVendorBody } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { UnsavedChangesGuard } from '../../../components/ui/UnsavedChangesGuard.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { CategorySelect } from './CategorySelect.tsx';
import type { VendorWithEtag } from '../api/vendors-api.ts';
import { useUpdateVendor } from '../hooks/useVendor.ts';
import { describeProfileField, PRIORITY_LABELS, PRIORITY_LEVELS, toFormState, toUpdateBody } from '../utils/profile-form.ts';
import { BadgeDomainsEditor } from './BadgeDomainsEditor.tsx';
import { BusinessHoursEditor } from './BusinessHoursEditor.tsx';

const PRIORITY_HINTS = {
  high: 'e.g. the platform is down or data is at risk',
  medium: 'e.g. a feature is degraded for some users',
  low: 'e.g. questions and how-to requests',
} as const;

export interface ProfileFormProps {
  /** The profile as read. The form keeps its ETag for If-Match until a save or a reload replaces it. */
  initial: VendorWithEtag;
  vendorId: string;
  /** Reads the current version again (after a 412). */
  reload: () => Promise<VendorWithEtag | undefined>;
}

export function ProfileForm({ initial, vendorId, reload }: ProfileFormProps) {
  const [etag, setEtag] = useState(initial.etag);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [reloading, setReloading] = useState(false);
  // The version the form started from: anything else on screen is unsaved, and leaving asks first.
  const [baseline, setBaseline] = useState(() => JSON.stringify(toFormState(initial.vendor)));
  const update = useUpdateVendor(vendorId);
  const form = useSchemaForm({
    schema: UpdateVendorBody,
    initial: () => toFormState(initial.vendor),
    toBody: toUpdateBody,
    send: (body) => {
      setSavedAt(null);
      return update.mutateAsync({ etag, body });
    },
    onDone: (saved) => {
      startFrom(saved);
      setSavedAt(new Date());
    },
  });
  const { values: state, errors, set: patch } = form;

  /** Starts over from a version just read or written: its values and its ETag. */
  function startFrom(version: VendorWithEtag) {
    form.reset(toFormState(version.vendor));
    setBaseline(JSON.stringify(toFormState(version.vendor)));
    setEtag(version.etag);
  }

  async function onReload() {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        startFrom(fresh);
        setSavedAt(null);
      }
    } finally {
      setReloading(false);
    }
  }

  const stale = isApiError(form.failure) && form.failure.status === 412;
  const contact = state.contact;
  return (
    <form className="form profile-form" onSubmit={form.onSubmit} noValidate aria-label="Vendor profile">
      <UnsavedChangesGuard when={JSON.stringify(state) !== baseline} what="your changes to the profile" />
      <FormErrorSummary errors={errors} describeField={describeProfileField} />
      {stale ? (
        <Alert
          tone="warning"
          title="Someone else changed this profile"
          actions={
            <Button variant="secondary" busy={reloading} onClick={() => void onReload()}>
              Reload the profile
            </Button>
          }
        >
          It was saved by someone else after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.
        </Alert>
      ) : null}
      {stale ? null : <FormFailure failure={form.failure} errors={errors} />}

      <fieldset className="section">
        <legend>Company</legend>
        <FormField label="Name" error={errors.name} required>
          {(control) => <input {...control} value={state.name} autoComplete="organization" onChange={(e) => patch({ name: e.target.value })} />}
        </FormField>
        <FormField label="Web site" error={errors.website} required>
          {(control) => <input {...control} type="url" value={state.website} autoComplete="url" onChange={(e) => patch({ website: e.target.value })} />}
        </FormField>
        <FormField label="Category" error={errors.category} required>
          {(control) => <CategorySelect control={control} value={state.category} onChange={(category) => patch({ category })} />}
        </FormField>
        <FormField label="Description" hint="Shown in the public directory. What you make and for whom." error={errors.description}>
          {(control) => <textarea {...control} rows={3} value={state.description} onChange={(e) => patch({ description: e.target.value })} />}
        </FormField>
      </fieldset>

      <fieldset className="section">
        <legend>Support contact</legend>
        <p className="field-hint">The named person or team your customers can turn to (promise 4). Leave all fields empty for none.</p>
        <fieldset className="radio-group">
          <legend>This contact is</legend>
          {(['team', 'person'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input type="radio" name="contact-kind" value={kind} checked={contact.kind === kind} onChange={() => patch({ contact: { ...contact, kind } })} />
              {kind === 'team' ? 'a team' : 'a person'}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          <FormField label="Contact name" error={errors['supportContact.name']}>
            {(control) => <input {...control} value={contact.name} onChange={(e) => patch({ contact: { ...contact, name: e.target.value } })} />}
          </FormField>
          <FormField label="Contact e-mail" error={errors['supportContact.email']}>
            {(control) => <input {...control} type="email" value={contact.email} onChange={(e) => patch({ contact: { ...contact, email: e.target.value } })} />}
          </FormField>
          <FormField label="Contact phone" optional error={errors['supportContact.phone']}>
            {(control) => <input {...control} type="tel" value={contact.phone} onChange={(e) => patch({ contact: { ...contact, phone: e.target.value } })} />}
          </FormField>
        </div>
        {errors.supportContact ? <p className="field-error">Support contact {errors.supportContact}</p> : null}
      </fieldset>

      <fieldset className="section">
        <legend>Support queue</legend>
        <p className="field-hint">What counts as high, medium and low priority, and how soon you aim to answer each (promise 3). Leave all empty if you have not defined them yet.</p>
        <div className="grid-3">
          {PRIORITY_LEVELS.map((level) => {
            const value = state.priorities[level];
            const set = (change: Partial<typeof value>) => patch({ priorities: { ...state.priorities, [level]: { ...value, ...change } } });
            return (
              <fieldset key={level} className="priority">
                <legend>{PRIORITY_LABELS[level]}</legend>
                <FormField
                  label={
                    <>
                      <span className="visually-hidden">{PRIORITY_LABELS[level]}: </span>What counts
                    </>
                  }
                  errorLabel={`${PRIORITY_LABELS[level]}: what counts`}
                  hint={PRIORITY_HINTS[level]}
                  error={errors[`queuePriorities.${level}.description`]}
                >
                  {(control) => <textarea {...control} rows={2} value={value.description} onChange={(e) => set({ description: e.target.value })} />}
                </FormField>
                <FormField
                  label={
                    <>
                      <span className="visually-hidden">{PRIORITY_LABELS[level]}: </span>Target first response, in business minutes
                    </>
                  }
                  errorLabel={`${PRIORITY_LABELS[level]}: target first response`}
                  error={errors[`queuePriorities.${level}.targetMinutes`]}
                >
                  {(control) => <input {...control} type="number" min={1} step={1} inputMode="numeric" value={value.targetMinutes} onChange={(e) => set({ targetMinutes: e.target.value })} />}
                </FormField>
              </fieldset>
            );
          })}
        </div>
        {errors.queuePriorities ? <p className="field-error">Support queue {errors.queuePriorities}</p> : null}
      </fieldset>

      <BadgeDomainsEditor domains={state.badgeDomains} errors={errors} onChange={(badgeDomains) => patch({ badgeDomains })} />
      <BusinessHoursEditor calendar={state.calendar} errors={errors} onChange={(calendar) => patch({ calendar })} />

      <div className="form-actions sticky-actions">
        <Button type="submit" busy={form.pending}>
          Save profile
        </Button>
        <p className="save-status" role="status">
          {savedAt && !form.pending ? `Profile saved at ${savedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` : ''}
        </p>
      </div>
    </form>
  );
}
