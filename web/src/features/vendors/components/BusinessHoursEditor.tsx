import { WEEKDAYS, type Weekday } from '@cep/shared';
import { type KeyboardEvent, useId, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { errorWithin, type FieldErrorMap } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { type ProfileFormState, type TimeRange, WEEKDAY_LABELS } from '../utils/profile-form.ts';

type Calendar = ProfileFormState['calendar'];

function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}
const TIME_ZONES = allTimeZones();

/** The runtime's list, plus UTC and the saved zone, so the select never shows something else. */
function zoneOptions(current: string): string[] {
  const zones = new Set(TIME_ZONES);
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function DayHours({ day, ranges, errors, onChange }: { day: Weekday; ranges: TimeRange[]; errors: FieldErrorMap; onChange: (ranges: TimeRange[]) => void }) {
  const baseId = useId();
  const label = WEEKDAY_LABELS[day];
  const setRange = (index: number, part: 0 | 1, value: string) =>
    onChange(ranges.map((range, i) => (i === index ? ((part === 0 ? [value, range[1]] : [range[0], value]) as TimeRange) : range)));
  const dayError = errors[`calendar.weekly.${day}`];
  return (
    <fieldset className="day">
      <legend>{label}</legend>
      <div className="day-ranges">
        {ranges.length === 0 ? <p className="muted day-closed">Closed</p> : null}
        {ranges.map((range, index) => {
          const error = errorWithin(errors, `calendar.weekly.${day}.${index}`);
          const errorId = `${baseId}-${index}-error`;
          const described = error ? { 'aria-describedby': errorId, 'aria-invalid': true as const } : {};
          const name = `${label}, range ${index + 1}`;
          return (
            // Ranges have no identity of their own; position is what the API names them by too.
            <div key={index} className={error ? 'range range-invalid' : 'range'}>
              <label className="range-part">
                <span className="visually-hidden">{name}, </span>
                <span>opens</span>
                <input value={range[0]} placeholder="09:00" inputMode="numeric" maxLength={5} size={5} onChange={(e) => setRange(index, 0, e.target.value)} {...described} />
              </label>
              <label className="range-part">
                <span className="visually-hidden">{name}, </span>
                <span>closes</span>
                <input value={range[1]} placeholder="17:00" inputMode="numeric" maxLength={5} size={5} onChange={(e) => setRange(index, 1, e.target.value)} {...described} />
              </label>
              <Button variant="link" size="small" aria-label={`Remove ${name}`} onClick={() => onChange(ranges.filter((_, i) => i !== index))}>
                Remove
              </Button>
              {error ? (
                <p id={errorId} className="field-error range-error">
                  {`${name} ${error}`}
                </p>
              ) : null}
            </div>
          );
        })}
        {dayError ? <p className="field-error">{`${label} ${dayError}`}</p> : null}
        {ranges.length < 8 ? (
          <Button
            variant="secondary"
            size="small"
            aria-label={`Add hours on ${label}`}
            onClick={() => onChange([...ranges, ranges.length === 0 ? ['09:00', '17:00'] : [ranges[ranges.length - 1]?.[1] ?? '13:00', '18:00']])}
          >
            Add hours
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}

function Holidays({ holidays, errors, onChange }: { holidays: string[]; errors: FieldErrorMap; onChange: (holidays: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>(undefined);
  function add() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft)) setDraftError('must be a date such as 2026-12-24');
    else if (holidays.includes(draft)) setDraftError('is already listed');
    else {
      onChange([...holidays, draft].sort());
      setDraft('');
      setDraftError(undefined);
    }
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }
  return (
    <fieldset className="subsection">
      <legend>Holidays</legend>
      <p className="field-hint">Days the support desk is closed; they do not count as business time.</p>
      {holidays.length === 0 ? (
        <p className="muted">No holidays listed.</p>
      ) : (
        <ul className="chip-list" aria-label="Holidays">
          {holidays.map((date, index) => {
            const error = errors[`calendar.holidays.${index}`];
            return (
              <li key={date} className={error ? 'chip chip-invalid' : 'chip'}>
                <time dateTime={date}>{/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(`${date}T12:00:00Z`) : date}</time>
                <Button variant="link" size="small" aria-label={`Remove holiday ${date}`} onClick={() => onChange(holidays.filter((d) => d !== date))}>
                  Remove
                </Button>
                {error ? <span className="field-error">{`${date} ${error}`}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {errors['calendar.holidays'] ? <p className="field-error">Holidays {errors['calendar.holidays']}</p> : null}
      <div className="inline-add">
        <FormField label="Add a holiday" error={draftError}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft}
              onKeyDown={onKeyDown}
              onChange={(e) => {
                setDraft(e.target.value);
                setDraftError(undefined);
              }}
            />
          )}
        </FormField>
        <Button variant="secondary" onClick={add}>
          Add holiday
        </Button>
      </div>
    </fieldset>
  );
}

/** Time zone, opening hours per weekday (several ranges a day) and holidays. */
export function BusinessHoursEditor({ calendar, errors, onChange }: { calendar: Calendar; errors: FieldErrorMap; onChange: (calendar: Calendar) => void }) {
  return (
    <fieldset className="section">
      <legend>Business hours</legend>
      <p className="field-hint">
        Response times are counted in business minutes: only time inside these hours, in this time zone. Use 24:00 to close at midnight.
      </p>
      <FormField label="Time zone" error={errors['calendar.timeZone']}>
        {(control) => (
          <select {...control} value={calendar.timeZone} onChange={(e) => onChange({ ...calendar, timeZone: e.target.value })}>
            {zoneOptions(calendar.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="week">
        {WEEKDAYS.map((day) => (
          <DayHours key={day} day={day} ranges={calendar.weekly[day]} errors={errors} onChange={(ranges) => onChange({ ...calendar, weekly: { ...calendar.weekly, [day]: ranges } })} />
        ))}
      </div>
      <Holidays holidays={calendar.holidays} errors={errors} onChange={(holidays) => onChange({ ...calendar, holidays })} />
    </fieldset>
  );
}
