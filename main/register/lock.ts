// The register lock: a small file next to the register (`<file>.lock`) saying who has it open
// for writing (user, machine, process, since when), as office programs do. A second app or
// command line that finds it opens read-only and says who holds it. A lock left by a crashed
// process on this machine, or not refreshed for a day, is stale and may be taken over on
// explicit request («Åpne likevel»).
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { formatDate } from '../domain/format';

export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  /** When the lock was taken or last refreshed (ISO). */
  at: string;
  /** 'app' or 'cli'. */
  program: string;
}

export type LockResult =
  | { kind: 'acquired'; lock: RegisterLock }
  | { kind: 'held'; holder: LockHolder | null; stale: boolean };

/** How long a lock from another machine stays valid without a refresh. */
export const LOCK_STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often an open register refreshes its lock. */
export const LOCK_REFRESH_MS = 10 * 60 * 1000;

export const lockPathFor = (registerPath: string) => `${registerPath}.lock`;

function currentUser(): string {
  try {
    return userInfo().username || 'ukjent bruker';
  } catch {
    return 'ukjent bruker';
  }
}

export function readLock(path: string): LockHolder | null {
  try {
    const raw = readFileSync(path, 'utf8');
    if (raw.length > 4096) return null;
    const v = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof v.user !== 'string' || typeof v.host !== 'string' || typeof v.pid !== 'number') {
      return null;
    }
    return {
      user: v.user,
      host: v.host,
      pid: v.pid,
      at: typeof v.at === 'string' ? v.at : '',
      program: typeof v.program === 'string' ? v.program : 'app',
    };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** A lock is stale when its process on this machine is gone, or it is a day old. */
export function isStale(holder: LockHolder | null, nowMs = Date.now()): boolean {
  if (holder === null) return true; // unreadable or empty: left half-written by a crash
  if (holder.host === hostname()) return !processAlive(holder.pid);
  const at = Date.parse(holder.at);
  return Number.isNaN(at) || nowMs - at > LOCK_STALE_AFTER_MS;
}

const isOurs = (h: LockHolder | null) =>
  h !== null && h.host === hostname() && h.pid === process.pid;

export class RegisterLock {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly path: string,
    readonly holder: LockHolder,
  ) {}

  /** Rewrites the time stamp now and then, so other machines see the lock is alive. */
  keepAlive(): void {
    this.timer = setInterval(() => this.refresh(), LOCK_REFRESH_MS);
    this.timer.unref();
  }

  refresh(): void {
    if (!isOurs(readLock(this.path))) return;
    try {
      writeFileSync(this.path, JSON.stringify({ ...this.holder, at: new Date().toISOString() }));
    } catch {
      // A lock we cannot refresh is still ours; the revision check guards the writes.
    }
  }

  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (isOurs(readLock(this.path))) rmSync(this.path, { force: true });
  }
}

/**
 * Takes the lock for `registerPath`, or reports who holds it. `takeOverStale` replaces a
 * stale lock (the planner's explicit «Åpne likevel»); a live lock is never taken over.
 */
export function acquireLock(
  registerPath: string,
  program: string,
  options: { takeOverStale?: boolean } = {},
): LockResult {
  const path = lockPathFor(registerPath);
  const holder: LockHolder = {
    user: currentUser(),
    host: hostname(),
    pid: process.pid,
    at: new Date().toISOString(),
    program,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(holder));
      } finally {
        closeSync(fd);
      }
      return { kind: 'acquired', lock: new RegisterLock(path, holder) };
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') {
        // A folder we may not write to (read-only share): no lock, so read-only.
        return { kind: 'held', holder: null, stale: false };
      }
    }
    const existing = readLock(path);
    if (isOurs(existing)) return { kind: 'acquired', lock: new RegisterLock(path, holder) };
    const stale = isStale(existing);
    if (!stale || !options.takeOverStale || attempt > 0) {
      return { kind: 'held', holder: existing, stale };
    }
    rmSync(path, { force: true });
  }
  return { kind: 'held', holder: readLock(path), stale: false };
}

/** «Registeret er åpent hos kari på PC-17 (siden 02.12.2026 kl. 04.40).» */
export function describeHolder(holder: LockHolder | null, stale: boolean): string {
  if (holder === null) {
    return stale
      ? 'Registeret har en låsefil som ikke kan leses (trolig etter et krasj).'
      : 'Registeret kan ikke låses for skriving (mappen er skrivebeskyttet eller låst).';
  }
  const when = Number.isNaN(Date.parse(holder.at)) ? '' : ` siden ${describeTime(holder.at)}`;
  const who = `${holder.user} på ${holder.host}${holder.program === 'cli' ? ' (kommandolinjen)' : ''}`;
  return stale
    ? `Registeret ble sist åpnet av ${who}${when}, men programmet ser ut til å ha krasjet (låsen er foreldet).`
    : `Registeret er åpent hos ${who}${when}.`;
}

function describeTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return `${formatDate(date)} kl. ${p(d.getHours())}.${p(d.getMinutes())}`;
}
