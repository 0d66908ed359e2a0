// The open register: one file, one connection, owned by the main process (or the CLI or
// the test host). Switching files, creating and copying live here, free of Electron.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { RegisterInfo } from '../contract/api';
import { openDatabase, openForReading, schemaVersion, type Db } from './db';
import { AppError } from './errors';
import { acquireLock, describeHolder, type LockHolder, type RegisterLock } from './lock';
import { generateSample, type SampleSize } from './sample';
import { getSettings, setSetting } from './settings';

export interface Clock {
  /** ISO timestamp for the change log. */
  now(): string;
  /** ISO date the register treats as today. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => localDate(new Date()),
};

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A clock frozen at one date (tests, reproducible CLI runs via BOLIGPLAN_TODAY). */
export function fixedClock(today: string): Clock {
  return { now: () => `${today}T12:00:00.000Z`, today: () => today };
}

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  return env.BOLIGPLAN_TODAY ? fixedClock(env.BOLIGPLAN_TODAY) : systemClock;
}

export interface CreateOptions {
  sample?: boolean;
  sampleSize?: SampleSize;
  municipality?: string;
}

/** Creates a new register file. Refuses to overwrite an existing file. */
export function createRegister(path: string, clock: Clock, options: CreateOptions = {}): Db {
  if (existsSync(path)) {
    throw new AppError('register', `Filen ${path} finnes allerede. Velg et annet filnavn.`);
  }
  const db = openDatabase(path);
  try {
    if (options.sample) {
      generateSample(db, {
        today: clock.today(),
        ...(options.sampleSize ? { size: options.sampleSize } : {}),
        ...(options.municipality ? { municipality: options.municipality } : {}),
      });
    } else {
      setSetting(db, 'municipality', options.municipality ?? 'Ny kommune');
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export interface SessionOptions {
  /**
   * Take the register lock as this program ('app' or 'cli'); when another one holds it, the
   * register opens read-only. Without it (tests, benchmarks) the file is opened as it is.
   */
  lock?: string;
  /** Take over a stale lock (the planner's explicit «Åpne likevel»). */
  takeOverStale?: boolean;
}

/** Why the open register is read-only. */
export interface ReadOnlyReason {
  holder: LockHolder | null;
  stale: boolean;
  message: string;
}

interface OpenRegister {
  db: Db;
  path: string;
  lock: RegisterLock | null;
  readOnly: ReadOnlyReason | null;
  close(): void;
}

function openRegister(path: string, options: SessionOptions): OpenRegister {
  if (!options.lock) {
    const db = openDatabase(path, { create: false });
    return { db, path, lock: null, readOnly: null, close: () => db.close() };
  }
  if (!existsSync(path)) throw new AppError('register', `Fant ikke registerfilen ${path}.`);
  const taken = acquireLock(
    path,
    options.lock,
    options.takeOverStale ? { takeOverStale: true } : {},
  );
  if (taken.kind === 'held') {
    const reader = openForReading(path);
    const readOnly: ReadOnlyReason = {
      holder: taken.holder,
      stale: taken.stale,
      message:
        `${describeHolder(taken.holder, taken.stale)} Det er åpnet skrivebeskyttet: ` +
        'du kan se og eksportere, men ikke endre.' +
        (taken.stale ? ' Velg «Åpne likevel» hvis ingen andre har det åpent.' : ''),
    };
    return { db: reader.db, path, lock: null, readOnly, close: () => reader.close() };
  }
  const lock = taken.lock;
  try {
    const db = openDatabase(path, { create: false });
    removeOrphanBackups(db, path);
    if (options.lock === 'app') lock.keepAlive();
    return {
      db,
      path,
      lock,
      readOnly: null,
      close: () => {
        db.close();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * Backups of imports that never committed (the process was killed between the backup copy and
 * the commit): no import refers to them and the register is still as they are, so they are
 * only clutter. Only called while holding the lock, so no import of another process is
 * running. Backups before an undo (`.for-angre-import-…`) are kept: they are the planner's.
 */
export function removeOrphanBackups(db: Db, path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.for-import-`;
  const known = new Set(
    (
      db.prepare('SELECT backup_path FROM import_run WHERE backup_path IS NOT NULL').all() as {
        backup_path: string;
      }[]
    ).map((r) => resolve(r.backup_path)),
  );
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.bak(-\d+)?$/.test(name)) continue;
    const file = join(dir, name);
    if (known.has(resolve(file))) continue;
    rmSync(file, { force: true });
    removed.push(file);
  }
  return removed;
}

export class RegisterSession {
  private current: OpenRegister;

  constructor(
    path: string,
    readonly clock: Clock,
    private readonly options: SessionOptions = {},
  ) {
    this.current = openRegister(path, options);
  }

  static openOrCreate(
    path: string,
    clock: Clock,
    options: CreateOptions = {},
    session: SessionOptions = {},
  ): RegisterSession {
    if (!existsSync(path)) createRegister(path, clock, options).close();
    return new RegisterSession(path, clock, session);
  }

  get db(): Db {
    return this.current.db;
  }

  get path(): string {
    return this.current.path;
  }

  /** Why the register is read-only (another program holds its lock), or null. */
  get readOnly(): ReadOnlyReason | null {
    return this.current.readOnly;
  }

  /** Refuses a write while the register is open read-only. */
  assertWritable(): void {
    const r = this.current.readOnly;
    if (r) throw new AppError('register', `${r.message} Ingenting er endret.`);
  }

  info(): RegisterInfo {
    const s = getSettings(this.db);
    const r = this.current.readOnly;
    return {
      path: this.path,
      fileName: basename(this.path),
      municipality: s.municipality,
      isSample: s.isSample,
      schemaVersion: schemaVersion(this.db),
      today: this.clock.today(),
      readOnly: r ? { message: r.message, canOpenAnyway: r.stale } : null,
    };
  }

  /** Opens another register; the current one stays open if the new one cannot be opened. */
  switchTo(path: string): void {
    const next = openRegister(path, this.options);
    this.current.close();
    this.current = next;
  }

  /** «Åpne likevel»: takes over a stale lock and reopens the register for writing. */
  openAnyway(): void {
    const r = this.current.readOnly;
    if (!r) return;
    if (!r.stale) {
      throw new AppError('register', `${r.message} Den andre må lukke registeret først.`);
    }
    const next = openRegister(this.path, { ...this.options, takeOverStale: true });
    this.current.close();
    this.current = next;
    if (next.readOnly) throw new AppError('register', next.readOnly.message);
  }

  createAndSwitch(path: string, options: CreateOptions = {}): void {
    createRegister(path, this.clock, options).close();
    this.switchTo(path);
  }

  /** A consistent copy of the register (works while it is open, WAL included). */
  saveCopy(dest: string): void {
    if (existsSync(dest)) {
      throw new AppError('register', `Filen ${dest} finnes allerede. Velg et annet filnavn.`);
    }
    this.db.prepare('VACUUM INTO ?').run(dest);
  }

  /**
   * Closes the file, lets `replace` swap it on disk, and opens it again. When the new file
   * cannot be opened, `undo` puts the old one back, it is reopened and the error rethrown.
   */
  reopenAfter(replace: () => void, undo: () => void): void {
    // Only a writable register is replaced (backups.restore is a write): the lock stays held.
    const { path, lock, readOnly } = this.current;
    this.current.db.close();
    const reopen = (): OpenRegister => {
      const db = openDatabase(path, { create: false });
      return {
        db,
        path,
        lock,
        readOnly,
        close: () => {
          db.close();
          lock?.release();
        },
      };
    };
    try {
      replace();
      this.current = reopen();
    } catch (e) {
      undo();
      this.current = reopen();
      throw e;
    }
  }

  close(): void {
    this.current.close();
  }
}
