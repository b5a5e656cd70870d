import { ADMIN_URL_ENV, TEMPLATE_ENV, adminQuery } from './database.ts';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (adminUrl && template) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const embedded = (globalThis as { cepEmbedded?: { stop(): Promise<void> } }).cepEmbedded;
  if (embedded) await embedded.stop();
}
