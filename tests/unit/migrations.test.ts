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

describe('migration 004 (finance, optional rooms)', () => {
  it('rebuilds the homes table without losing a home, a tenancy or a foreign key', () => {
    const path = freshPath();
    // A version-3 register with a home, a household and a tenancy (the rebuild of `unit` must
    // not cascade into the tenancies).
    const v3 = new Database(path);
    v3.pragma('foreign_keys = ON');
    migrate(v3, path, MIGRATIONS.slice(0, 3), { backup: false });
    v3.exec(`
      INSERT INTO unit (id, unit_no, address, building_type, tenure, bedrooms, rooms, area_m2,
        wheelchair_accessible, universal_design, staffed, maintenance_backlog, rent_monthly, status)
      VALUES (7, 'B-007', 'Fjordgata 1', 'leilighet', 'eid', 2, 3, 61.5, 0, 0, 0, 0, 9000, 'utleid');
      INSERT INTO household (id, ref, adults, couple, income_source, follow_up, career_path, arrears)
      VALUES (3, 'H-3', 1, 0, 'arbeid', 'lav', 'ingen', 0);
      INSERT INTO tenancy (household_id, unit_id, start) VALUES (3, 7, '2025-01-01');
    `);
    v3.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT unit_no, rooms, area_m2, prom_m2 FROM unit').all()).toEqual([
      { unit_no: 'B-007', rooms: 3, area_m2: 61.5, prom_m2: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM tenancy WHERE unit_id = 7').get()).toEqual({
      n: 1,
    });
    expect(db.prepare('SELECT child_genders FROM household').get()).toEqual({
      child_genders: '[]',
    });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Rooms may now be unknown; deleting a home still cascades to its tenancies.
    db.prepare('UPDATE unit SET rooms = NULL WHERE id = 7').run();
    db.prepare('DELETE FROM unit WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM tenancy').get()).toEqual({ n: 0 });
    db.close();
    expect(existsSync(`${path}.v3.bak`)).toBe(true);
  });
});
