import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../src/db/embedded.ts';

/**
 * A Redis of the test's own on a free port (the binary from Debian's redis-server, which CI
 * installs), so no machine service is assumed. Nothing is kept on disk.
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 400 && !output.includes('Ready to accept connections'); i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!output.includes('Ready to accept connections')) throw new Error(`redis-server did not start: ${output}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
