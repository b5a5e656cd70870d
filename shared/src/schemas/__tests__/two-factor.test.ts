import { validate } from '../../validation.ts';
import { isAppCode, SecondFactorCode, TotpCode } from '../two-factor.ts';

describe('typed second-step codes', () => {
  it('tells an app code from a recovery code by the same rule the schemas check', () => {
    expect(['123456', '123 456', ' 123456 '].map(isAppCode)).toEqual([true, true, true]);
    expect(['abcde-12345', 'ABCDE12345', '12345', '1234567', '12 34 56'].map(isAppCode)).toEqual([false, false, false, false, false]);
  });

  it('accepts what isAppCode recognises as the app code, and recovery codes only where the step takes them', () => {
    for (const code of ['123456', '123 456']) {
      expect(validate(TotpCode, code)).toEqual([]);
      expect(validate(SecondFactorCode, code)).toEqual([]);
    }
    expect(validate(SecondFactorCode, 'abcde-12345')).toEqual([]);
    expect(validate(TotpCode, 'abc-123')).toEqual([{ field: '(root)', message: 'must be the 6-digit code the authenticator app shows' }]);
    expect(validate(SecondFactorCode, '12 34 56')).toHaveLength(1);
  });
});
