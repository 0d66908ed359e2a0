// Opens a register file: WAL, foreign keys, numbered migrations in one transaction with
// user_version, a backup before migrating, and a clear refusal of files from newer versions.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file if it does not exist (default true). */
  create?: boolean;
  readonly?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const create = options.create ?? true;
  const exists = path === ':memory:' || existsSync(path);
  if (!exists && !create) {
    throw new AppError('register', `Fant ikke registerfilen ${path}.`);
  }
  if (!exists && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !create });
  } catch (e) {
    throw new AppError(
      'register',
      `Kunne ikke åpne registerfilen ${path}: ${(e as Error).message}`,
    );
  }
  try {
    db.pragma('foreign_keys = ON');
    // Wait at most a second for another writer, then say so (never block the app for long).
    db.pragma('busy_timeout = 1000');
    if (!options.readonly) {
      checkIsRegister(db, path);
      if (path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, path);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** A register opened only to read it; `close()` also removes a temporary copy. */
export interface ReadRegister {
  db: Db;
  path: string;
  /** The migrated temporary copy read instead of an older file, or null. */
  copy: string | null;
  close(): void;
}

/**
 * Opens a register for reading without changing the file in any way: no migration, no
 * backup, no WAL switch. A file at the current schema version is opened read-only; an older
 * one is copied (`VACUUM INTO`, consistent) to a temporary file that is migrated and read
 * instead, and deleted on close. A file from a newer Boligplan is refused.
 */
export function openForReading(path: string): ReadRegister {
  if (!existsSync(path)) throw new AppError('register', `Fant ikke registerfilen ${path}.`);
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError(
      'register',
      `Kunne ikke åpne registerfilen ${path}: ${(e as Error).message}`,
    );
  }
  let dir: string | null = null;
  try {
    // Wait at most a second for another writer, then say so (never block the app for long).
    db.pragma('busy_timeout = 1000');
    checkIsRegister(db, path);
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) migrate(db, path); // refuses with the usual message
    if (version === LATEST_VERSION) {
      db.pragma('foreign_keys = ON');
      const readonly = db;
      return { db: readonly, path, copy: null, close: () => readonly.close() };
    }
    dir = mkdtempSync(join(tmpdir(), 'boligplan-les-'));
    const copy = join(dir, basename(path));
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();
    db = new Database(copy, { fileMustExist: true });
    db.pragma('foreign_keys = ON');
    migrate(db, path, MIGRATIONS, { backup: false });
    const opened = db;
    const tempDir = dir;
    return {
      db: opened,
      path,
      copy,
      close: () => {
        opened.close();
        rmSync(tempDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (db.open) db.close();
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

function checkIsRegister(db: Db, path: string): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new AppError(
      'register',
      `Filen ${path} er ikke et Boligplan-register (ikke en SQLite-fil).`,
    );
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as {
    n: number;
  };
  if (version === 0 && tables.n > 0) {
    throw new AppError(
      'register',
      `Filen ${path} er en SQLite-fil, men ikke et Boligplan-register.`,
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs pending migrations in one transaction. A file from a newer Boligplan is refused
 * (never downgraded); an existing file is copied to `<file>.v<N>.bak` before it changes.
 * On failure the transaction rolls back and the file is left exactly as it was.
 */
export function migrate(
  db: Db,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: { backup?: boolean } = {},
): void {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  if (current > latest) {
    throw new AppError(
      'register',
      `Registeret ${path} er laget av en nyere versjon av Boligplan (skjemaversjon ${current}, ` +
        `denne versjonen støtter ${latest}). Oppdater Boligplan for å åpne det.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0 && path !== ':memory:' && options.backup !== false) {
    db.prepare('VACUUM INTO ?').run(freePath(`${path}.v${current}.bak`));
  }
  // Foreign keys off while migrating (SQLite's procedure for rebuilding a table: dropping the
  // old table must not cascade), checked before the transaction commits.
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  const run = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`${broken.length} brutte fremmednøkler`);
  });
  try {
    db.pragma('foreign_keys = OFF');
    run();
  } catch (e) {
    throw new AppError(
      'register',
      `Oppgradering av registeret feilet; filen er uendret. (${(e as Error).message})`,
    );
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
}

/** `base`, or `base-2`, `base-3` … : never overwrites an earlier backup. */
export function freePath(base: string): string {
  let candidate = base;
  for (let i = 2; existsSync(candidate); i++) candidate = `${base}-${i}`;
  return candidate;
}
