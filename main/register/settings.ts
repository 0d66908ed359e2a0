// Register-wide settings (key/value), e.g. the municipality's name and the sample flag.
import type { Settings } from '../contract/api';
import type { Db } from './db';

export function getSetting(db: Db, key: string): string | null {
  const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return r?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function getSettings(db: Db): Settings {
  return {
    municipality: getSetting(db, 'municipality') ?? 'Ny kommune',
    isSample: getSetting(db, 'sample') === '1',
  };
}
