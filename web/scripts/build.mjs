/**
 * Builds the web app (client bundle into dist/, server entry into dist-ssr/) unless nothing it is
 * built from has changed since the last build. `npm start` builds every time it runs, and the
 * Vite build is most of a second start's wait; the inputs' hash makes that start a few seconds.
 * `--force` builds regardless.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(web, '..');
/** Everything the bundle is made of: the app, the packages it imports from source, the locked dependencies. */
const INPUTS = [
  'web/src',
  'web/public',
  'web/index.html',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'web/package.json',
  'shared/src',
  'shared/package.json',
  'client/src',
  'client/package.json',
  'package-lock.json',
];
const STAMP = path.join(web, 'dist-ssr', '.inputs-sha256');

function* files(relative) {
  const absolute = path.join(repo, relative);
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isFile()) {
    yield relative;
    return;
  }
  for (const entry of readdirSync(absolute).sort()) yield* files(path.join(relative, entry));
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(path.join(repo, file)));
    }
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const hash = inputsHash();
const built = existsSync(path.join(web, 'dist', 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
if (built && !force) {
  console.log('web: nothing changed since the last build (dist/ kept; `npm run build -w @cep/web -- --force` rebuilds)');
} else {
  const vite = (args) => execFileSync('npx', ['vite', 'build', ...args], { cwd: web, stdio: 'inherit' });
  vite([]);
  vite(['--ssr', 'src/entry-server.tsx', '--outDir', 'dist-ssr']);
  writeFileSync(STAMP, hash);
}
