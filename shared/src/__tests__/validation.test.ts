import { CreateApplicationBody } from '../schemas/applications.ts';
import { ClockTime, UpdateVendorBody } from '../schemas/vendors.ts';
import { messageFor } from '../messages.ts';
import { ShortText } from '../schemas/atoms.ts';
import { RespondBody } from '../schemas/complaints.ts';
import { toFieldErrors, validate } from '../validation.ts';

describe('toFieldErrors', () => {
  it('names missing properties from Ajv and TypeBox alike', () => {
    expect(
      toFieldErrors([
        { instancePath: '', keyword: 'required', params: { missingProperty: 'email' } },
        { instancePath: '/supportContact', keyword: 'required', params: { requiredProperties: ['name', 'email'] } },
      ]),
    ).toEqual([
      { field: 'email', message: 'is required' },
      { field: 'supportContact.name', message: 'is required' },
      { field: 'supportContact.email', message: 'is required' },
    ]);
  });

  it('turns JSON pointers into dotted paths and words the problem from the message table', () => {
    expect(toFieldErrors([{ instancePath: '/calendar/weekly/mon/0/1', keyword: 'pattern', params: { pattern: (ClockTime as { pattern?: string }).pattern }, message: 'must match pattern' }])).toEqual([
      { field: 'calendar.weekly.mon.0.1', message: 'must be a time such as 09:00 (24:00 closes at midnight)' },
    ]);
  });

  it('words Ajv’s and TypeBox’s errors alike (they share keywords and parameters)', () => {
    const ajv = { instancePath: '/name', keyword: 'minLength', params: { limit: 3 }, message: 'must NOT have fewer than 3 characters' };
    const typebox = { instancePath: '/name', keyword: 'minLength', params: { limit: 3 }, message: 'must not have fewer than 3 characters' };
    expect(toFieldErrors([ajv])).toEqual(toFieldErrors([typebox]));
    expect(toFieldErrors([ajv])).toEqual([{ field: 'name', message: 'must be at least 3 characters' }]);
  });

  it('drops a union’s wrapper errors when a member’s own error names the field', () => {
    const errors = [
      { instancePath: '/website', keyword: 'format', params: { format: 'uri' } },
      { instancePath: '/website', keyword: 'type', params: { type: 'null' } },
      { instancePath: '/website', keyword: 'anyOf', params: {} },
    ];
    expect(toFieldErrors(errors)).toEqual([{ field: 'website', message: 'must be a web address starting with http:// or https://' }]);
  });
});

describe('validate (TypeBox, as the web forms use it)', () => {
  it('accepts a complete application', () => {
    expect(
      validate(CreateApplicationBody, {
        companyName: 'Acme',
        website: 'https://acme.example',
        category: 'lms',
        contactName: 'Ada',
        contactEmail: 'ada@acme.example',
      }),
    ).toEqual([]);
  });

  it('names every missing and ill-typed field', () => {
    const fields = validate(CreateApplicationBody, { companyName: 42, website: 'ftp://x', contactEmail: 'nope' }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['companyName', 'website', 'category', 'contactName', 'contactEmail']));
  });

  it('rejects an empty profile update', () => {
    expect(validate(UpdateVendorBody, {}).length).toBeGreaterThan(0);
  });
});

describe('the not-blank rule, in the schemas', () => {
  it('refuses spaces alone, on the server and in the browser alike', () => {
    expect(validate(RespondBody, { response: '            ' })).toEqual([{ field: 'response', message: 'must have at least 10 characters besides spaces' }]);
    expect(validate(ShortText, '   ')).toEqual([{ field: '(root)', message: 'must not be blank' }]);
  });

  it('counts characters besides spaces', () => {
    expect(validate(RespondBody, { response: '  Fixed in 4.2, see the notes.  ' })).toEqual([]);
    expect(validate(RespondBody, { response: 'a b c d e f g h i j' })).toEqual([]);
    expect(validate(RespondBody, { response: 'a b c d e f g h i' })).toEqual([{ field: 'response', message: 'must have at least 10 characters besides spaces' }]);
  });
});

describe('messageFor', () => {
  it('has words for every keyword our schemas use', () => {
    expect(messageFor('format', { format: 'email' })).toBe('must be a valid e-mail address');
    expect(messageFor('type', { type: 'integer' })).toBe('must be a whole number');
    expect(messageFor('minimum', { limit: 1, comparison: '>=' })).toBe('must be at least 1');
    expect(messageFor('enum', { allowedValues: ['a', 'b'] })).toBe('must be one of: a, b');
    expect(messageFor('maxItems', { limit: 5 })).toBe('may have 5 entries at most');
    expect(messageFor('uniqueItems', { duplicateItems: [1] })).toBe('lists the same entry twice');
    expect(messageFor('pattern', { pattern: 'not-declared' })).toBe('has the wrong format');
  });
});
