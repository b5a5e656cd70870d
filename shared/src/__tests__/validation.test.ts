import { CreateApplicationBody } from '../schemas/applications.ts';
import { UpdateVendorBody } from '../schemas/vendors.ts';
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

  it('turns JSON pointers into dotted paths and keeps the validator message', () => {
    expect(toFieldErrors([{ instancePath: '/calendar/weekly/mon/0/1', keyword: 'pattern', params: {}, message: 'must match pattern' }])).toEqual([
      { field: 'calendar.weekly.mon.0.1', message: 'must match pattern' },
    ]);
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
