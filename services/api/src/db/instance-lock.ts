import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One registry per data folder: its embedded PostgreSQL cannot be shared, and a second copy used to
 * die with an unreadable error. `registry.pid` holds the running one's pid and port; a file whose
 * process is gone (a crash) is simply taken over.
 */
export interface InstanceLock {
  /** Records the port once the server listens. */
  listening(port: number): void;
  release(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The lock, or the one line to print when another registry runs on `dataDir`. */
export function lockDataDir(dataDir: string): InstanceLock | { runningElsewhere: string } {
  const file = path.join(dataDir, 'registry.pid');
  try {
    const other = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number; port?: number | null };
    if (typeof other.pid === 'number' && other.pid !== process.pid && alive(other.pid)) {
      return { runningElsewhere: `the registry is already running on ${dataDir} (pid ${other.pid}${other.port ? `, port ${other.port}` : ', starting'}); stop it first or set CEP_DATA_DIR to another folder` };
    }
  } catch {
    // No lock, or an unreadable one: ours to take.
  }
  mkdirSync(dataDir, { recursive: true });
  const write = (port: number | null) => writeFileSync(file, JSON.stringify({ pid: process.pid, port }));
  write(null);
  return {
    listening: (port) => write(port),
    release: () => rmSync(file, { force: true }),
  };
}
