import { etagOf, parseIfMatch } from '../preconditions.ts';

describe('parseIfMatch', () => {
  it('reads the version from a strong, weak or bare ETag', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch('7')).toBe(7);
    expect(parseIfMatch('  "1"  ')).toBe(1);
    expect(parseIfMatch(etagOf(42))).toBe(42);
  });

  it('says "absent" for a missing or blank header', () => {
    expect(parseIfMatch(undefined)).toBeNull();
    expect(parseIfMatch('')).toBeNull();
    expect(parseIfMatch('   ')).toBeNull();
  });

  it('gives NaN, which matches no version, for anything else', () => {
    for (const header of ['*', '"abc"', '"1", "2"', '"-1"', '"1.5"', 'W/', '""', '"1234567890"', 'w/"1"']) {
      expect({ header, version: parseIfMatch(header) }).toEqual({ header, version: Number.NaN });
    }
  });
});

describe('etagOf', () => {
  it('is the version as a strong ETag', () => {
    expect(etagOf(1)).toBe('"1"');
  });
});
