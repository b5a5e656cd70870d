import { describe, expect, it } from 'vitest';
import { browserOf } from '../browser-name.ts';

describe('browserOf', () => {
  it('names common browsers with their system', () => {
    expect(browserOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge on Windows');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('Chrome on Linux');
    expect(browserOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on macOS');
    expect(browserOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(browserOf('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe('Chrome on Android');
  });

  it('falls back to what it can tell, and says when it cannot', () => {
    expect(browserOf(null)).toBe('Unknown browser');
    expect(browserOf('curl/8.5.0')).toBe('curl/8.5.0');
    expect(browserOf('Mozilla/5.0 (Windows NT 10.0) SomethingNew/1.0')).toBe('Windows');
  });
});
