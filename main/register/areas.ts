// Areas (områder / skolekretser).
import type { Area } from '../domain/types';
import { logChange } from './changelog';
import type { Db } from './db';
import { fieldError } from './errors';
import { isUniqueViolation } from './sql';

export function listAreas(db: Db): Area[] {
  return db.prepare('SELECT id, name FROM area ORDER BY name').all() as Area[];
}

export function insertArea(db: Db, name: string): number {
  try {
    return Number(db.prepare('INSERT INTO area (name) VALUES (?)').run(name).lastInsertRowid);
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError('name', 'Navn', `området ${name} finnes allerede`);
    throw e;
  }
}

export function createArea(db: Db, name: string, now: string): Area {
  return db.transaction(() => {
    const id = insertArea(db, name);
    logChange(db, now, 'area', id, 'create', `Område ${name} opprettet`);
    return { id, name };
  })();
}
