import { CHANNELS, type Channel } from '@cep/shared';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';
import { CHANNEL_LABELS } from '../utils/checkpoint-labels.ts';
import { NumberField } from './NumberField.tsx';

export interface VolumeFieldsProps {
  contacts: Record<Channel, string>;
  activeClients: string;
  errors: FieldErrorMap;
  onChange: (change: { contacts?: Record<Channel, string>; activeClients?: string }) => void;
}

export function VolumeFields({ contacts, activeClients, errors, onChange }: VolumeFieldsProps) {
  return (
    <fieldset className="section">
      <legend>Volume</legend>
      <fieldset className="subsection">
        <legend>Support contacts by channel</legend>
        <p className="field-hint">Every support contact in the period, once, by the channel it came in through. Enter 0 for a channel you do not offer.</p>
        <div className="grid-5">
          {CHANNELS.map((channel) => (
            <NumberField
              key={channel}
              label={CHANNEL_LABELS[channel]}
              error={errors[`volume.contacts.${channel}`]}
              value={contacts[channel]}
              onChange={(value) => onChange({ contacts: { ...contacts, [channel]: value } })}
            />
          ))}
        </div>
        {errors['volume.contacts'] ? <p className="field-error">Support contacts {errors['volume.contacts']}</p> : null}
      </fieldset>
      <NumberField
        className="field-narrow"
        label="Active client organisations"
        hint="Client organisations with an active contract at any time in the period."
        error={errors['volume.activeClients']}
        value={activeClients}
        onChange={(value) => onChange({ activeClients: value })}
      />
    </fieldset>
  );
}
