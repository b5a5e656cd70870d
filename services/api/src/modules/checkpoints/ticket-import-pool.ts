import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { TicketImport } from '@cep/shared';
import { ImportError, type ImportOptions } from './ticket-import.ts';
import type { ImportMessage, ImportOutcome, ImportTask } from './ticket-import.worker.ts';

/** Bytes sent to the worker and not yet read by it: past this the upload waits, so memory stays flat. */
const MAX_IN_FLIGHT = 1024 * 1024;

export interface TicketImportPool {
  /**
   * Streams `source` through a worker and returns the figures. Throws ImportError when the file
   * cannot be used, and `tooLarge()` once more than `limit` bytes arrive.
   */
  run(source: Readable, options: ImportOptions, limit: number, tooLarge: () => Error): Promise<TicketImport>;
  close(): Promise<void>;
}

/**
 * Worker threads for ticket imports: all but one CPU (at least one), started on demand and ended
 * after a minute idle. Under jest and tsx the worker is the TypeScript source, loaded through tsx.
 */
export function createTicketImportPool(options: { maxThreads?: number } = {}): TicketImportPool {
  const here = fileURLToPath(import.meta.url);
  const fromSource = here.endsWith('.ts');
  const pool = new Piscina<ImportTask, ImportOutcome>({
    filename: path.join(path.dirname(here), `ticket-import.worker${fromSource ? '.ts' : '.js'}`),
    maxThreads: options.maxThreads ?? Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    idleTimeout: 60_000,
    // A small young generation: the parser makes short-lived strings by the million, and a
    // smaller nursery is swept more often instead of letting the heap (and RSS) balloon.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    ...(fromSource ? { execArgv: ['--conditions=source', '--import', 'tsx', '--no-warnings'] } : {}),
  });

  return {
    async run(source, options, limit, tooLarge) {
      const { port1, port2 } = new MessageChannel();
      let settled = false;
      let inFlight = 0;
      let wake: () => void = () => undefined;
      const task = pool.run({ options, port: port2 }, { transferList: [port2] }).finally(() => {
        settled = true;
        wake();
      });
      port1.on('message', (read: number) => {
        inFlight -= read;
        wake();
      });
      const send = (message: ImportMessage, transfer: ArrayBuffer[] = []) => port1.postMessage(message, transfer);
      try {
        let bytes = 0;
        for await (const chunk of source) {
          if (settled) break;
          const buffer = chunk as Buffer;
          bytes += buffer.length;
          if (bytes > limit) throw tooLarge();
          // A copy of its own, so it can be moved to the worker rather than cloned.
          const copy = new Uint8Array(buffer);
          inFlight += copy.byteLength;
          send({ chunk: copy }, [copy.buffer]);
          while (inFlight > MAX_IN_FLIGHT && !settled) await new Promise<void>((resolve) => (wake = resolve));
        }
        // The multipart reader stops at the limit without an error: a cut file is too large, never imported.
        if ((source as Readable & { truncated?: boolean }).truncated) throw tooLarge();
        if (!settled) send({ end: true });
        const outcome = await task;
        if (outcome.kind === 'refused') throw new ImportError(outcome.message, outcome.rows);
        if (outcome.kind === 'abandoned') throw new Error('The import worker stopped before the file ended');
        return outcome.result;
      } finally {
        // Closing our end tells a worker still waiting for chunks that none will come.
        port1.close();
        await task.catch(() => undefined);
      }
    },
    close: () => pool.destroy(),
  };
}
