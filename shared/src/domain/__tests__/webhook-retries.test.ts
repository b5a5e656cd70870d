import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_SECONDS, retryDelayMs } from '../webhook-retries.ts';

describe('webhook retries', () => {
  it('spread the attempts over about three days, quick at first and further apart later', () => {
    const total = RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0);
    expect(total / 3600).toBeGreaterThan(66);
    expect(total / 3600).toBeLessThan(78);
    expect([...RETRY_DELAYS_SECONDS]).toEqual([...RETRY_DELAYS_SECONDS].sort((a, b) => a - b));
    expect(MAX_DELIVERY_ATTEMPTS).toBe(RETRY_DELAYS_SECONDS.length + 1);
  });

  it('jitter each wait by at most a fifth either way', () => {
    expect(retryDelayMs(1, 0)).toBe(4000);
    expect(retryDelayMs(1, 0.5)).toBe(5000);
    expect(retryDelayMs(1, 0.999999)).toBe(6000);
    expect(retryDelayMs(3, 0.5)).toBe(30 * 60 * 1000);
  });

  it('stop after the last attempt', () => {
    expect(retryDelayMs(RETRY_DELAYS_SECONDS.length, 0.5)).not.toBeNull();
    expect(retryDelayMs(MAX_DELIVERY_ATTEMPTS, 0.5)).toBeNull();
  });
});
