import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One registry per data folder: its embedded PostgreSQL cannot be shared, and a second copy used to
 * die with an unreadable error. `registry.pid` holds the running one's pid and port; a file whose
 * process is gone (a crash) is simply taken over.
 */
export interface InstanceLock {
  /** Records the embedded PostgreSQL's port once it runs (backups reach it there). */
  databaseAt(port: number): void;
  /** Records the port once the server listens. */
  listening(port: number): void;
  release(): void;
}

interface LockRecord {
  pid: number;
  port: number | null;
  databasePort?: number;
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

const lockFile = (dataDir: string) => path.join(dataDir, 'registry.pid');

/** The registry running on `dataDir` (not this process), if one is. */
export function runningRegistry(dataDir: string): LockRecord | null {
  try {
    const other = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as Partial<LockRecord>;
    if (typeof other.pid === 'number' && other.pid !== process.pid && alive(other.pid)) return { pid: other.pid, port: other.port ?? null, ...(other.databasePort ? { databasePort: other.databasePort } : {}) };
  } catch {
    // No lock, or an unreadable one: nothing runs there.
  }
  return null;
}

/** The lock, or the one line to print when another registry runs on `dataDir`. */
export function lockDataDir(dataDir: string): InstanceLock | { runningElsewhere: string } {
  const other = runningRegistry(dataDir);
  if (other) {
    return { runningElsewhere: `the registry is already running on ${dataDir} (pid ${other.pid}${other.port ? `, port ${other.port}` : ', starting'}); stop it first or set CEP_DATA_DIR to another folder` };
  }
  mkdirSync(dataDir, { recursive: true });
  const record: LockRecord = { pid: process.pid, port: null };
  const write = () => writeFileSync(lockFile(dataDir), JSON.stringify(record));
  write();
  return {
    databaseAt: (port) => {
      record.databasePort = port;
      write();
    },
    listening: (port) => {
      record.port = port;
      write();
    },
    release: () => rmSync(lockFile(dataDir), { force: true }),
  };
}
