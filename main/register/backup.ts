// Backups of the register: SQLite's online backup API (consistent while the register is open,
// WAL included), a rolling policy for the automatic ones, previews of what a backup holds, an
// integrity check, and restoring a backup in place of the register without losing the file it
// replaces. No Electron here: the shell, the CLI and the tests use the same functions.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { BackupInfo, BackupKind, BackupPreview } from '../contract/backup';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './backupPolicy';
import type { Db } from './db';
import { AppError } from './errors';

const KINDS: readonly BackupKind[] = ['auto', 'manuell', 'gjenoppretting'];

/** The folder next to the register where its backups live (visible to the planner). */
export function backupFolder(registerPath: string): string {
  return join(dirname(registerPath), 'Sikkerhetskopier');
}

const stem = (registerPath: string) => basename(registerPath, extname(registerPath));

/** `boligplan_2026-11-25_12-00-00_auto.sqlite` (UTC); `-2`, `-3` … when taken the same second. */
function backupName(registerPath: string, takenAt: string, kind: BackupKind, n: number): string {
  const stamp = takenAt.slice(0, 19).replace('T', '_').replace(/:/g, '-');
  return `${stem(registerPath)}_${stamp}_${kind}${n > 1 ? `-${n}` : ''}.sqlite`;
}

function parseName(
  registerPath: string,
  file: string,
): { takenAt: string; kind: BackupKind; n: number } | null {
  const prefix = `${stem(registerPath)}_`;
  if (!file.startsWith(prefix)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})_([a-z]+)(?:-(\d+))?\.sqlite$/.exec(
    file.slice(prefix.length),
  );
  if (!m || !KINDS.includes(m[5] as BackupKind)) return null;
  return {
    takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`,
    kind: m[5] as BackupKind,
    n: m[6] ? Number(m[6]) : 1,
  };
}

/** `PRAGMA integrity_check` on a file, opened read-only. Null when healthy, else why not. */
export function integrityProblem(path: string): string | null {
  if (!existsSync(path)) return 'filen finnes ikke';
  if (statSync(path).size === 0) return 'filen er tom (0 byte)';
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return problems.length === 0 ? null : `SQLite melder: ${problems.slice(0, 3).join('; ')}`;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return 'filen er ikke en SQLite-database';
    if (code === 'SQLITE_CORRUPT') return 'databasefilen er skadet';
    return `filen kan ikke leses (${(e as Error).message})`;
  } finally {
    db?.close();
  }
}

/** What a backup (or any register file) holds. Throws when it cannot be read. */
export function previewFile(path: string): BackupPreview {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]
      ).map((t) => t.name),
    );
    const count = (table: string) =>
      tables.has(table)
        ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
        : 0;
    if (!tables.has('settings') || !tables.has('unit')) {
      throw new AppError('register', 'filen er ikke et Boligplan-register');
    }
    const m = db.prepare("SELECT value FROM settings WHERE key = 'municipality'").get() as
      { value: string } | undefined;
    return {
      municipality: m?.value ?? 'Ny kommune',
      units: count('unit'),
      households: count('household'),
      needs: count('need'),
      scenarios: count('scenario'),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

function describe(registerPath: string, file: string): BackupInfo | null {
  const parsed = parseName(registerPath, file);
  if (!parsed) return null;
  const path = join(backupFolder(registerPath), file);
  let preview: BackupPreview | null = null;
  let problem: string | null = null;
  try {
    preview = previewFile(path);
  } catch (e) {
    problem =
      e instanceof AppError
        ? e.message
        : `Sikkerhetskopien kan ikke leses (${(e as Error).message}).`;
  }
  return {
    file,
    takenAt: parsed.takenAt,
    kind: parsed.kind,
    bytes: statSync(path).size,
    preview,
    problem,
  };
}

/** The register's backups, newest first. */
export function listBackups(registerPath: string): BackupInfo[] {
  const folder = backupFolder(registerPath);
  if (!existsSync(folder)) return [];
  // Newest first; within one second (names are to the second), the last one written.
  const written = (b: BackupInfo) => statSync(join(folder, b.file)).mtimeMs;
  return readdirSync(folder)
    .map((f) => describe(registerPath, f))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) =>
      a.takenAt === b.takenAt ? written(b) - written(a) : b.takenAt < a.takenAt ? -1 : 1,
    );
}

/**
 * Takes a backup of an open register with SQLite's online backup API. Written to a temporary
 * name and renamed when complete, so a half-written backup never looks like a backup.
 */
export async function createBackup(
  db: Db,
  registerPath: string,
  kind: BackupKind,
  now: string,
): Promise<BackupInfo> {
  const folder = backupFolder(registerPath);
  mkdirSync(folder, { recursive: true });
  let n = 1;
  while (existsSync(join(folder, backupName(registerPath, now, kind, n)))) n++;
  const file = backupName(registerPath, now, kind, n);
  const partial = join(folder, `${file}.partial`);
  try {
    await db.backup(partial);
    // A self-contained file: no WAL that a later read-only open would leave beside it.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, join(folder, file));
  } catch (e) {
    rmSync(partial, { force: true });
    throw new AppError(
      'register',
      `Kunne ikke lage sikkerhetskopi i ${folder}: ${(e as Error).message}`,
    );
  }
  const info = describe(registerPath, file);
  if (!info) throw new Error(`unexpected backup name ${file}`);
  return info;
}

/** Deletes the automatic backups the rolling policy no longer keeps; returns their names. */
export function pruneBackups(
  registerPath: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const folder = backupFolder(registerPath);
  if (!existsSync(folder)) return [];
  const autos = readdirSync(folder)
    .map((file) => ({ file, parsed: parseName(registerPath, file) }))
    .filter((b) => b.parsed?.kind === 'auto');
  const keep = backupsToKeep(
    autos.map((b) => b.parsed!.takenAt),
    policy,
  );
  // Of several taken the same second, the last one written stands for that second.
  const newestOfStamp = new Map<string, string>();
  for (const b of autos) {
    const current = newestOfStamp.get(b.parsed!.takenAt);
    const currentN = current ? parseName(registerPath, current)!.n : 0;
    if (b.parsed!.n > currentN) newestOfStamp.set(b.parsed!.takenAt, b.file);
  }
  const removed: string[] = [];
  for (const b of autos) {
    if (keep.has(b.parsed!.takenAt) && newestOfStamp.get(b.parsed!.takenAt) === b.file) continue;
    rmSync(join(folder, b.file), { force: true });
    removed.push(b.file);
  }
  return removed;
}

/** The backup file a name from the renderer refers to; refuses anything else. */
export function resolveBackup(registerPath: string, file: string): string {
  const path = join(backupFolder(registerPath), file);
  if (basename(file) !== file || !parseName(registerPath, file) || !existsSync(path)) {
    throw new AppError('not_found', `Fant ikke sikkerhetskopien ${file}.`);
  }
  return path;
}

/** The newest backup that passes the integrity check and reads as a register, or null. */
export function newestGoodBackup(registerPath: string): BackupInfo | null {
  for (const b of listBackups(registerPath)) {
    if (b.preview && integrityProblem(join(backupFolder(registerPath), b.file)) === null) return b;
  }
  return null;
}

const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Puts a backup in place of a closed register file. The file it replaces (and its WAL) is
 * moved aside as `<file>.erstattet-<stamp>`, never deleted. Returns where it went, or null
 * when there was no file.
 */
export function replaceWithBackup(
  registerPath: string,
  backupPath: string,
  now: string,
): string | null {
  const stamp = now.slice(0, 19).replace(/:/g, '-');
  let aside: string | null = null;
  if (existsSync(registerPath)) {
    aside = `${registerPath}.erstattet-${stamp}`;
    for (let i = 2; existsSync(aside); i++) aside = `${registerPath}.erstattet-${stamp}-${i}`;
    renameSync(registerPath, aside);
    for (const s of SIDECARS) {
      if (existsSync(registerPath + s)) renameSync(registerPath + s, aside + s);
    }
  }
  copyFileSync(backupPath, registerPath);
  return aside;
}

/** Puts the set-aside file back (when the restored backup could not be opened after all). */
export function undoReplace(registerPath: string, aside: string | null): void {
  if (aside === null) return;
  rmSync(registerPath, { force: true });
  for (const s of SIDECARS) rmSync(registerPath + s, { force: true });
  renameSync(aside, registerPath);
  for (const s of SIDECARS) {
    if (existsSync(aside + s)) renameSync(aside + s, registerPath + s);
  }
}
