import { UpdateVendorBody, validate } from '@cep/shared';
import { describe, expect, it } from 'vitest';
import { errorWithin, toFieldErrorMap } from '../form-errors.ts';

describe('toFieldErrorMap', () => {
  it('keeps the first message for each field', () => {
    expect(toFieldErrorMap([{ field: 'name', message: 'is required' }, { field: 'name', message: 'must be at most 200 characters' }])).toEqual({ name: 'is required' });
  });

  it('shows the browser’s check in the same words as the API’s answer', () => {
    const browser = toFieldErrorMap(validate(UpdateVendorBody, { website: 'ftp://acme.example', supportContact: { kind: 'team', name: ' ', email: 'nope' } }));
    expect(browser).toEqual({
      website: 'must be a web address starting with http:// or https://',
      'supportContact.name': 'must not be blank',
      'supportContact.email': 'must be a valid e-mail address',
    });
  });
});

describe('errorWithin', () => {
  it('finds the message for a field or for anything inside it', () => {
    const errors = { 'calendar.weekly.mon.0.1': 'must be a time such as 09:00 (24:00 closes at midnight)' };
    expect(errorWithin(errors, 'calendar.weekly.mon')).toBe(errors['calendar.weekly.mon.0.1']);
    expect(errorWithin(errors, 'calendar.holidays')).toBeUndefined();
  });
});
