/**
 * The API's contract, from the routes themselves: writes the OpenAPI document
 * (`client/openapi.json`) and the TypeScript types the typed client is built on
 * (`client/src/schema.ts`, by openapi-typescript). `--check` writes nothing and fails when either
 * is out of date, so CI refuses a route change whose client was not regenerated.
 *
 *   npm run client:generate      # after changing a route or a schema
 *   npm run client:check         # in `npm run lint`
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDataSource } from '../src/db/data-source.ts';

const CLIENT = new URL('../../../client/', import.meta.url);
const DOCUMENT = new URL('openapi.json', CLIENT);
const TYPES = new URL('src/schema.ts', CLIENT);
// The document names the public URL as its server; integrators replace it with their registry's.
const PUBLIC_URL = 'https://registry.example';

/** The app is built but never started: the routes are registered, no database is touched. */
async function openApiDocument(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL, JOBS_ENABLED: 'false', JWT_SECRET: 'x'.repeat(32) });
  const db = createDataSource({ url: 'postgres://unused@127.0.0.1:1/unused', ...config.db });
  const app = await buildApp({ config, db, databaseUrl: 'postgres://unused@127.0.0.1:1/unused', describeOnly: true });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  return document;
}

async function typesOf(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]);
  return `/**\n * Generated from client/openapi.json by \`npm run client:generate\`: do not edit.\n */\n\n${astToString(ast)}`;
}

async function current(url: URL): Promise<string | null> {
  return readFile(url, 'utf8').catch(() => null);
}

const document = await openApiDocument();
const types = await typesOf(document);
if (process.argv.includes('--check')) {
  const stale = [
    ...((await current(DOCUMENT)) === document ? [] : [fileURLToPath(DOCUMENT)]),
    ...((await current(TYPES)) === types ? [] : [fileURLToPath(TYPES)]),
  ];
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(', ')}\nThe API's routes or schemas changed: run \`npm run client:generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('The client matches the API.');
} else {
  await writeFile(DOCUMENT, document);
  await writeFile(TYPES, types);
  console.log(`Wrote ${fileURLToPath(DOCUMENT)} and ${fileURLToPath(TYPES)}`);
}
