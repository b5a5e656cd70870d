import { addressAllowed, isNonPublicAddress, urlRefusal } from '../webhook-targets.ts';

const strict = { strict: true, allowedHosts: ['hooks.internal'] };
const relaxed = { strict: false, allowedHosts: [] };

describe('which addresses are not public', () => {
  it.each(['10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '127.0.0.1', '127.8.8.8', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '::1', '::', 'fd12::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '[::1]'])(
    '%s is not public',
    (address) => expect(isNonPublicAddress(address)).toBe(true),
  );
  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '93.184.216.34', '2606:4700::1111', 'example.com'])('%s is public (or a name)', (address) => expect(isNonPublicAddress(address)).toBe(false));
});

describe('which URLs may receive webhooks', () => {
  it('in production: https to a public host only', () => {
    expect(urlRefusal('https://hooks.example.com/cep', strict)).toBeNull();
    expect(urlRefusal('http://hooks.example.com/cep', strict)).toMatch(/https/);
    expect(urlRefusal('https://127.0.0.1/x', strict)).toBe('must be a public address');
    expect(urlRefusal('https://localhost:8443/x', strict)).toBe('must be a public address');
    expect(urlRefusal('https://[fd00::5]/x', strict)).toBe('must be a public address');
    expect(urlRefusal('https://a:b@hooks.example.com/', strict)).toBe('must not carry a user name or password');
    expect(urlRefusal('ftp://hooks.example.com/', strict)).toBe('must use https');
    expect(urlRefusal('hooks.example.com', strict)).toBe('must be an absolute URL');
  });

  it('an allowlisted host is accepted even over http (an on-premises receiver)', () => {
    expect(urlRefusal('http://hooks.internal/cep', strict)).toBeNull();
    expect(addressAllowed('hooks.internal', '10.1.1.1', strict)).toBe(true);
  });

  it('during development: a local receiver over http too', () => {
    expect(urlRefusal('http://127.0.0.1:4000/hooks', relaxed)).toBeNull();
    expect(urlRefusal('http://localhost:4000/hooks', relaxed)).toBeNull();
    expect(urlRefusal('http://example.com/hooks', relaxed)).toMatch(/https/);
    expect(addressAllowed('example.com', '10.1.1.1', relaxed)).toBe(true);
  });

  it('checks the address a name resolves to, not only the name', () => {
    expect(addressAllowed('innocent.example.com', '169.254.169.254', strict)).toBe(false);
    expect(addressAllowed('innocent.example.com', '93.184.216.34', strict)).toBe(true);
  });
});
