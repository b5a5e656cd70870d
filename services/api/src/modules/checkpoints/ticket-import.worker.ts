/**
 * Runs in a worker thread (piscina): one ticket export, streamed in over a MessagePort, parsed and
 * tallied here so the event loop that answers health checks and badges never waits for it.
 * Each chunk is acknowledged with its size, which is how the sender knows to slow down.
 */
import type { MessagePort } from 'node:worker_threads';
import type { RowError, TicketImport } from '@cep/shared';
import { ImportError, type ImportOptions, ticketImport } from './ticket-import.ts';

export interface ImportTask {
  options: ImportOptions;
  port: MessagePort;
}

/** What comes back: the figures, the reason the file cannot be used, or nothing when the sender gave up. */
export type ImportOutcome = { kind: 'done'; result: TicketImport } | { kind: 'refused'; message: string; rows: RowError[] } | { kind: 'abandoned' };

/** A chunk of the file, or the end of it. */
export type ImportMessage = { chunk: Uint8Array } | { end: true };

export default function importTickets({ options, port }: ImportTask): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const importer = ticketImport(options);
    const decoder = new TextDecoder('utf-8');
    const settle = (outcome: ImportOutcome) => {
      port.removeAllListeners();
      port.close();
      resolve(outcome);
    };
    port.on('close', () => resolve({ kind: 'abandoned' }));
    port.on('message', (message: ImportMessage) => {
      try {
        if ('chunk' in message) {
          importer.push(decoder.decode(message.chunk, { stream: true }));
          port.postMessage(message.chunk.byteLength);
        } else {
          importer.push(decoder.decode());
          settle({ kind: 'done', result: importer.finish() });
        }
      } catch (error) {
        if (error instanceof ImportError) settle({ kind: 'refused', message: error.message, rows: error.rows });
        else {
          port.close();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
  });
}
