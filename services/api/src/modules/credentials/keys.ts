/**
 * `npm run credentials:key -w @cep/api` — the credential signing key, for operators.
 *
 *   credentials:key              prints a new Ed25519 key as CREDENTIAL_SIGNING_KEY (production)
 *   credentials:key -- --rotate  outside production (the key lives in the database): retires the
 *                                current key, which stays published, and makes a new one
 *
 * To rotate in production: set CREDENTIAL_SIGNING_KEY to a new key, add the old key's public part
 * (the same JSON without "d") to the CREDENTIAL_RETIRED_KEYS array, and restart every instance.
 * Credentials signed with the old key keep verifying, since it is still published.
 */
import { loadConfig } from '../../config.ts';
import { resolveDatabase } from '../../db/database.ts';
import { createDataSource } from '../../db/data-source.ts';
import { newSigningKey, rotateStoredKey } from './issuer.ts';

if (process.argv.includes('--rotate')) {
  const config = loadConfig();
  if (config.credentials.signingKey) {
    console.error('CREDENTIAL_SIGNING_KEY is set: rotate by changing it (run without --rotate for a new key) and listing the old one in CREDENTIAL_RETIRED_KEYS.');
    process.exit(1);
  }
  const database = await resolveDatabase(config, (line) => console.error(`[postgres] ${line}`));
  const db = createDataSource({ url: database.url, ...config.db });
  await db.initialize();
  try {
    const { retired, current } = await rotateStoredKey(db, new Date());
    console.log(`retired key: ${retired ?? '(none)'} (still published)\ncurrent key: ${current}\nRestart every instance of the registry so it signs with the new key.`);
  } finally {
    await db.destroy();
    await database.stop();
  }
} else {
  const key = await newSigningKey();
  const { d: _private, ...publicPart } = key;
  console.log(`CREDENTIAL_SIGNING_KEY='${JSON.stringify(key)}'\n# when this key is retired, add its public part to CREDENTIAL_RETIRED_KEYS:\n# ${JSON.stringify(publicPart)}`);
}
