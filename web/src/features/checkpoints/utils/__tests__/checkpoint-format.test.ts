import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatMinutes, formatNps, formatPercent, formatShare } from '../checkpoint-format.ts';

describe('figures as the pages show them', () => {
  it('writes a dash for a figure that is not known', () => {
    for (const format of [formatCount, formatDecimal, formatShare, formatPercent, formatNps, formatMinutes]) {
      expect(format(null)).toBe('—');
      expect(format(undefined)).toBe('—');
    }
  });

  it('groups thousands and rounds to the figure’s precision', () => {
    expect(formatCount(12345.6)).toBe('12,346');
    expect(formatDecimal(2.3456)).toBe('2.35');
    expect(formatMinutes(35.5)).toBe('35.5 min');
  });

  it('shows a 0–1 share as a percentage and a percent as it is', () => {
    expect(formatShare(0.953)).toBe('95.3%');
    expect(formatShare(1)).toBe('100%');
    expect(formatPercent(42.25)).toBe('42.3%');
  });

  it('keeps the sign of NPS points, and none on zero', () => {
    expect(formatNps(42)).toBe('+42');
    expect(formatNps(-8)).toBe('-8');
    expect(formatNps(0)).toBe('0');
  });
});
