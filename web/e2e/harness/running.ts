import type { ApiServer } from './api-server.ts';
import type { SmtpSink } from './smtp-sink.ts';

/**
 * What global teardown has to stop. Global setup and teardown run in the same runner process, so
 * the handles are kept on globalThis rather than in a module both would have to share.
 */
export interface RunningHarness {
  server: ApiServer | null;
  smtp: SmtpSink | null;
  workDir: string;
}

declare global {
  var cepE2eHarness: RunningHarness | undefined;
}
