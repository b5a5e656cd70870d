import { type ChildProcess, spawn } from 'node:child_process';

/** Starts `command` in its own process group and resolves once a line of its output matches `ready`. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cwd: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => ready.test(l));
      if (line) resolve({ child, line });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out.slice(-2000)}`)));
  });
}

/** Stops a process started by `start`, with its whole group (npm start runs the server as a grandchild). */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}
