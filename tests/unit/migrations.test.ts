import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../main/register/db';
import { LATEST_VERSION, MIGRATIONS } from '../../main/register/migrations';
import { AppError } from '../../main/register/errors';
import { tempDir } from './helpers';

let cleanup = () => {};
afterEach(() => cleanup());

function freshPath() {
  const t = tempDir();
  cleanup = t.cleanup;
  return join(t.dir, 'r.sqlite');
}

describe('migrations', () => {
  it('creates the schema from empty, with WAL and foreign keys on', () => {
    const path = freshPath();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'area',
        'change_log',
        'household',
        'need',
        'settings',
        'tenancy',
        'unit',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent: opening again runs nothing and writes no backup', () => {
    const path = freshPath();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
    expect(existsSync(`${path}.v${LATEST_VERSION}.bak`)).toBe(false);
  });

  it('refuses a register from a newer version with a clear message and leaves it untouched', () => {
    const path = freshPath();
    const db = openDatabase(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    expect(() => openDatabase(path)).toThrowError(/nyere versjon av Boligplan/);
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    raw.close();
  });

  it('refuses a file that is not a register', () => {
    const path = freshPath();
    writeFileSync(path, Buffer.alloc(4096, 7));
    expect(() => openDatabase(path)).toThrowError(AppError);
    const other = `${path}-other.sqlite`;
    const raw = new Database(other);
    raw.exec('CREATE TABLE something (x)');
    raw.close();
    expect(() => openDatabase(other)).toThrowError(/ikke et Boligplan-register/);
  });

  it('backs up before migrating and rolls a failed migration back completely', () => {
    const path = freshPath();
    const db = openDatabase(path);
    db.prepare("INSERT INTO area (name) VALUES ('Sentrum')").run();
    const failing = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 1,
        name: 'broken',
        sql: 'ALTER TABLE unit ADD COLUMN extra TEXT; CREATE TABLE area (id INTEGER);',
      },
    ];
    expect(() => migrate(db, path, failing)).toThrowError(/filen er uendret/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const columns = (db.prepare('PRAGMA table_info(unit)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('extra');
    expect(existsSync(`${path}.v${LATEST_VERSION}.bak`)).toBe(true);

    const working = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'ok', sql: 'ALTER TABLE unit ADD COLUMN extra TEXT;' },
    ];
    migrate(db, path, working);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    expect(db.prepare('SELECT name FROM area').get()).toEqual({ name: 'Sentrum' });
    db.close();
  });
});
