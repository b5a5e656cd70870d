/**
 * `npm run bench:import`: the ticket-export import at the size issue #5 names. Generates a
 * 200,000-row export in our layout (a realistic mix: four priorities, 2% unanswered, 0.5% bad
 * rows), starts the registry in its own process, uploads the file as a stream three times and
 * prints rows/s and the server's resident memory before and at its peak during each import.
 * Targets: under 5 s per import on this machine, memory growing less than 100 MB.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const RUNS = 3;
const MB = 1024 * 1024;

/** A deterministic generator (mulberry32), so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeExport(file: string): Promise<void> {
  const next = random(42);
  const out = createWriteStream(file);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = Date.parse('2026-06-30T00:00:00Z') - start;
  const priorities = ['low', 'medium', 'high', 'urgent'];
  const channels = ['email', 'chat', 'phone', 'portal'];
  out.write('id,created_at,first_response_at,priority,channel,solved_at\n');
  let chunk = '';
  for (let i = 1; i <= ROWS; i++) {
    const created = start + Math.floor(next() * span);
    const roll = next();
    const first = roll < 0.02 ? '' : new Date(created + Math.floor(next() * 6 * 3_600_000)).toISOString().replace('Z', '+00:00');
    const solved = new Date(created + Math.floor(next() * 72 * 3_600_000)).toISOString();
    const createdText = roll > 0.995 ? 'not a date' : new Date(created).toISOString();
    chunk += `T-${i},${createdText},${first},${priorities[i % 4]},${channels[i % 3]},${solved}\n`;
    if (chunk.length > 64 * 1024) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

function startServer(): Promise<{ child: ChildProcess; words: string[]; lines: string[] }> {
  const child = spawn(process.execPath, ['--expose-gc', '--conditions=source', '--import', 'tsx', path.join(here, 'serve-import.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: path.join(here, '..'),
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const parts = out.split('\n');
      out = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line.startsWith('READY ')) resolve({ child, words: line.trim().split(' ').slice(1), lines });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve-import exited with ${code}`)));
  });
}

function upload(port: string, vendorId: string, token: string, file: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/v1/vendors/${vendorId}/checkpoints/2026-H1/tickets`, headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': size } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (c: string) => (body += c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    createReadStream(file).pipe(request);
  });
}

async function rss(server: { child: ChildProcess; lines: string[] }): Promise<{ before: number; peak: number }> {
  const seen = server.lines.length;
  server.child.kill('SIGUSR2');
  for (;;) {
    const line = server.lines.slice(seen).find((l) => l.startsWith('RSS '));
    if (line) {
      const [, before, peak] = line.split(' ').map(Number);
      return { before: before ?? 0, peak: peak ?? 0 };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const file = path.join(tmpdir(), `cep-bench-tickets-${process.pid}.csv`);
await writeExport(file);
const size = (await stat(file)).size;
const server = await startServer();
const [port = '', vendorId = '', token = ''] = server.words;
console.log(`import benchmark: ${ROWS.toLocaleString('en')} rows, ${(size / MB).toFixed(1)} MB, our CSV layout, Europe/Berlin calendar with a lunch break and holidays; ${RUNS} uploads`);
console.log('targets: under 5 s per import, server memory growing less than 100 MB (the baseline is the server’s resident memory just before each upload)');
let failed = false;
for (let run = 1; run <= RUNS; run++) {
  server.child.kill('SIGUSR1');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const started = performance.now();
  const response = await upload(port, vendorId, token, file, size);
  const seconds = (performance.now() - started) / 1000;
  const memory = await rss(server);
  const result = JSON.parse(response.body) as { overall?: { tickets: number; shareWithinTarget: number }; errorCount?: number };
  const growth = (memory.peak - memory.before) / MB;
  if (response.status !== 200 || seconds >= 5 || growth >= 100) failed = true;
  console.log(
    `run ${run}: HTTP ${response.status}, ${seconds.toFixed(2)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s, ` +
      `RSS before ${(memory.before / MB).toFixed(0)} MB, peak ${(memory.peak / MB).toFixed(0)} MB, growth ${growth.toFixed(0)} MB; ` +
      `${result.overall?.tickets ?? '?'} tickets used, ${result.errorCount ?? '?'} rows rejected, ${((result.overall?.shareWithinTarget ?? 0) * 100).toFixed(1)}% within target`,
  );
}
console.log(failed ? 'a target was missed (see the runs above)' : 'targets met on every run');
server.child.kill('SIGTERM');
