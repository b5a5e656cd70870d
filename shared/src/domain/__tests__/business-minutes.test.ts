import type { BusinessCalendar } from '../../schemas/vendors.ts';
import { businessMinutes } from '../business-minutes.ts';

const weekdays = (ranges: [string, string][]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const newYork: BusinessCalendar = { timeZone: 'America/New_York', weekly: weekdays([['09:00', '17:00']]), holidays: ['2026-07-03'] };
const paris: BusinessCalendar = { timeZone: 'Europe/Paris', weekly: weekdays([['09:00', '12:00'], ['13:00', '18:00']]), holidays: [] };
const around: BusinessCalendar = { timeZone: 'Europe/Paris', weekly: { sun: [['00:00', '24:00']], sat: [['00:00', '24:00']] }, holidays: [] };
const at = (iso: string) => new Date(iso);

describe('businessMinutes', () => {
  it('counts time inside the hours of one day', () => {
    // Tuesday 10:00–11:30 in New York (EDT, UTC−4).
    expect(businessMinutes(at('2026-06-02T14:00:00Z'), at('2026-06-02T15:30:00Z'), newYork)).toBe(90);
  });

  it('starts the clock at the next opening for a ticket opened at night', () => {
    // Opened Monday 20:00 EDT, answered Tuesday 09:45 EDT: 45 business minutes.
    expect(businessMinutes(at('2026-06-02T00:00:00Z'), at('2026-06-02T13:45:00Z'), newYork)).toBe(45);
  });

  it('skips weekends and holidays', () => {
    // Thursday 2 July 16:00 EDT to Monday 6 July 10:00 EDT; Friday 3 July is a holiday: 60 + 60.
    expect(businessMinutes(at('2026-07-02T20:00:00Z'), at('2026-07-06T14:00:00Z'), newYork)).toBe(120);
  });

  it('leaves out a lunch break between two ranges', () => {
    // Paris, Monday 11:00–14:00 local (CEST, UTC+2): 60 before lunch, 60 after.
    expect(businessMinutes(at('2026-06-01T09:00:00Z'), at('2026-06-01T12:00:00Z'), paris)).toBe(120);
  });

  it('follows daylight-saving changes in both directions, in America and Europe', () => {
    // Europe springs forward on Sunday 29 March 2026: that day has 23 hours.
    expect(businessMinutes(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), around)).toBe(23 * 60);
    // ...and falls back on Sunday 25 October 2026: 25 hours.
    expect(businessMinutes(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), around)).toBe(25 * 60);
    // New York springs forward on 8 March 2026: Friday 16:00 EST to Monday 10:00 EDT is still 2 hours.
    expect(businessMinutes(at('2026-03-06T21:00:00Z'), at('2026-03-09T14:00:00Z'), newYork)).toBe(120);
    // ...and falls back on 1 November 2026: Friday 16:00 EDT to Monday 10:00 EST, 2 hours again.
    expect(businessMinutes(at('2026-10-30T20:00:00Z'), at('2026-11-02T15:00:00Z'), newYork)).toBe(120);
  });

  it('is zero for an interval wholly outside hours, or reversed', () => {
    expect(businessMinutes(at('2026-06-06T12:00:00Z'), at('2026-06-07T20:00:00Z'), newYork)).toBe(0);
    expect(businessMinutes(at('2026-06-02T15:00:00Z'), at('2026-06-02T14:00:00Z'), newYork)).toBe(0);
  });

  it('is additive over split intervals and never more than calendar minutes (seeded random cases)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 200; i++) {
      const a = base + Math.floor(random() * 360 * 86_400_000);
      const c = a + Math.floor(random() * 20 * 86_400_000);
      const b = a + Math.floor(random() * (c - a));
      for (const calendar of [newYork, paris, around]) {
        const whole = businessMinutes(new Date(a), new Date(c), calendar);
        const parts = businessMinutes(new Date(a), new Date(b), calendar) + businessMinutes(new Date(b), new Date(c), calendar);
        expect(Math.abs(whole - parts)).toBeLessThan(1e-9);
        expect(whole).toBeLessThanOrEqual((c - a) / 60_000 + 1e-9);
        expect(whole).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
