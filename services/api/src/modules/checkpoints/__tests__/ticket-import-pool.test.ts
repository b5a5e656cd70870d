import { Readable } from 'node:stream';
import { DEFAULT_CALENDAR } from '@cep/shared';
import { ImportError, type ImportOptions, ticketImport } from '../ticket-import.ts';
import { createTicketImportPool, type TicketImportPool } from '../ticket-import-pool.ts';

/**
 * The import in worker threads gives what the reader gives in-process, whatever the chunking;
 * refusals come back as ImportError with their rows; an upload abandoned half-way (too large, or
 * a broken connection) leaves no worker waiting, so the next import runs.
 */

const OPTIONS: ImportOptions = { calendar: DEFAULT_CALENDAR, timeZone: 'UTC', targetMinutes: 120, period: '2026-H1', now: new Date('2026-07-10T12:00:00Z'), priorityMap: {} };
const HEADER = 'id,created_at,first_response_at,priority,channel,solved_at\n';

/** `rows` tickets over the period's weekdays, some unanswered, some malformed. */
function exportOf(rows: number): string {
  let text = HEADER;
  for (let i = 1; i <= rows; i++) {
    const day = new Date(Date.UTC(2026, 0, 5 + (i % 170), 9 + (i % 7), i % 60));
    const first = i % 50 === 0 ? '' : new Date(day.getTime() + (i % 300) * 60_000).toISOString();
    text += `T-${i},${i % 200 === 0 ? 'garbage' : day.toISOString()},${first},${['low', 'medium', 'high'][i % 3]},email,\n`;
  }
  return text;
}

/** The text as a stream of `size`-byte Buffers, cut anywhere (inside fields, inside UTF-8 sequences). */
const streamOf = (text: string, size: number) => {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
};

const tooLarge = () => new Error('too large');
let pool: TicketImportPool;
beforeAll(() => {
  // One thread: a worker left waiting by an abandoned upload would block every later import.
  pool = createTicketImportPool({ maxThreads: 1 });
});
afterAll(async () => pool.close());

describe('the ticket import pool', () => {
  it('gives the in-process reader’s figures, in small chunks or large', async () => {
    const text = `${exportOf(5000)}T-x,2026-02-02T10:00:00Z,2026-02-02T10:30:00Z,médium,chat,\n`;
    const local = ticketImport(OPTIONS);
    local.push(text);
    const expected = local.finish();
    expect(expected.overall.tickets).toBeGreaterThan(4000);
    expect(await pool.run(streamOf(text, 7), OPTIONS, 10 * 1024 * 1024, tooLarge)).toEqual(expected);
    expect(await pool.run(streamOf(text, 256 * 1024), OPTIONS, 10 * 1024 * 1024, tooLarge)).toEqual(expected);
  });

  it('returns a refusal as ImportError, with the rows it names', async () => {
    const refusal = await pool.run(streamOf(`${HEADER}T-1,yesterday,,low,email,\n`, 16), OPTIONS, 1024, tooLarge).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).message).toBe('None of the 1 rows could be used');
    expect((refusal as ImportError).rows).toEqual([{ line: 2, reason: expect.stringContaining('created at "yesterday"') }]);
  });

  it('leaves no worker waiting after an upload it gave up on, too large or broken off', async () => {
    const text = exportOf(2000);
    await expect(pool.run(streamOf(text, 1024), OPTIONS, 10_000, tooLarge)).rejects.toThrow('too large');
    const broken = new Readable({ read() {} });
    broken.push(Buffer.from(text.slice(0, 5000)));
    setImmediate(() => broken.destroy(new Error('connection reset')));
    await expect(pool.run(broken, OPTIONS, 1024 * 1024, tooLarge)).rejects.toThrow('connection reset');
    // With the pool's one thread still waiting, this would never end.
    expect((await pool.run(streamOf(text, 4096), OPTIONS, 1024 * 1024, tooLarge)).rows).toBe(2000);
  });
});
