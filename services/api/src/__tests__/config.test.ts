import { ConfigError, loadConfig } from '../config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives a working development configuration with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, publicUrl: 'http://localhost:3000', databaseUrl: undefined, seedDemo: true });
    expect(config.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(config.webOrigins).toEqual(['http://localhost:3000', 'http://localhost:5173']);
  });

  it('converts numbers and booleans and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', JOBS_ENABLED: 'false', DATABASE_URL: '', TRUST_PROXY: '10.0.0.1, 10.0.0.2' });
    expect(config).toMatchObject({ port: 8080, jobs: { enabled: false, pollMs: 1000 }, databaseUrl: undefined, trustProxy: ['10.0.0.1', '10.0.0.2'] });
  });

  it('lists every invalid variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
  });

  const KEY = { kty: 'OKP', crv: 'Ed25519', x: 'g5Q5621BRh-EqvxVxt6jvVPwLuKFJDi2lt1VWrWQSHc', d: 'ScqOu5h01QHfMJkfie-eMv7Dfmza7Mk44TAdKsXLHT0', kid: 'k1' };

  it('refuses to invent secrets in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET: required in production (32 characters or more)',
      'PUBLIC_URL: required in production (the address users reach the registry at)',
      'CREDENTIAL_SIGNING_KEY: required in production (the key that signs membership credentials; `npm run credentials:key -w @cep/api` makes one)',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' }).some((p) => p.startsWith('JWT_SECRET'))).toBe(true);
  });

  it('accepts a complete production configuration with secure cookies and no demo data', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://registry.example/', CREDENTIAL_SIGNING_KEY: JSON.stringify(KEY) });
    expect(config).toMatchObject({ publicUrl: 'https://registry.example', cookieSecure: true, seedDemo: false, webOrigins: ['https://registry.example'] });
    expect(config.credentials).toEqual({ signingKey: KEY, retiredKeys: [] });
  });

  it('names a malformed credential key without printing it', () => {
    const problems = problemsOf({ CREDENTIAL_SIGNING_KEY: '{"kty":"OKP","crv":"Ed25519","x":"abc","kid":"k1","d":"secret-part"}x', CREDENTIAL_RETIRED_KEYS: '[{"kty":"RSA"}]' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['CREDENTIAL_RETIRED_KEYS', 'CREDENTIAL_SIGNING_KEY']);
    expect(problems.join(' ')).not.toContain('secret-part');
  });

  it('wants the admin e-mail and password together', () => {
    expect(problemsOf({ CEP_ADMIN_EMAIL: 'admin@example.com' })).toEqual(['CEP_ADMIN_EMAIL and CEP_ADMIN_PASSWORD go together: set both or neither']);
  });
});
