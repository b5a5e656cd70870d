import { describe, expect, it } from 'vitest';
import { targetLabel } from '../customer-promises.ts';

describe('targetLabel', () => {
  it('says whole hours in hours and anything else in minutes, singular where it is one', () => {
    expect(targetLabel(60)).toBe('1 business hour');
    expect(targetLabel(480)).toBe('8 business hours');
    expect(targetLabel(90)).toBe('90 business minutes');
    expect(targetLabel(30)).toBe('30 business minutes');
    expect(targetLabel(1)).toBe('1 business minute');
  });
});
