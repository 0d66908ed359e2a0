// The open register: one file, one connection, owned by the main process (or the CLI or
// the test host). Switching files, creating and copying live here, free of Electron.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { RegisterInfo } from '../contract/api';
import { openDatabase, schemaVersion, type Db } from './db';
import { AppError } from './errors';
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

export class RegisterSession {
  private current: { db: Db; path: string };

  constructor(
    path: string,
    readonly clock: Clock,
  ) {
    this.current = { db: openDatabase(path, { create: false }), path };
  }

  static openOrCreate(path: string, clock: Clock, options: CreateOptions = {}): RegisterSession {
    if (!existsSync(path)) createRegister(path, clock, options).close();
    return new RegisterSession(path, clock);
  }

  get db(): Db {
    return this.current.db;
  }

  get path(): string {
    return this.current.path;
  }

  info(): RegisterInfo {
    const s = getSettings(this.db);
    return {
      path: this.path,
      fileName: basename(this.path),
      municipality: s.municipality,
      isSample: s.isSample,
      schemaVersion: schemaVersion(this.db),
      today: this.clock.today(),
    };
  }

  /** Opens another register; the current one stays open if the new one cannot be opened. */
  switchTo(path: string): void {
    const db = openDatabase(path, { create: false });
    this.current.db.close();
    this.current = { db, path };
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
    const path = this.current.path;
    this.current.db.close();
    try {
      replace();
      this.current = { db: openDatabase(path, { create: false }), path };
    } catch (e) {
      undo();
      this.current = { db: openDatabase(path, { create: false }), path };
      throw e;
    }
  }

  close(): void {
    this.current.db.close();
  }
}
