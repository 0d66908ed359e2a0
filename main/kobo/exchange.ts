// Export and import of homes in Kobo's field names (issue 13.5). The import is all or nothing:
// every record is validated first (messages name the row and the Kobo field), then the homes
// are created or updated (matched on bruksenhetsnummer = bolignr) in one transaction.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { FieldIssue } from '../contract/api';
import { unitFields } from '../contract/fields';
import { AppError } from '../register/errors';
import type { Db } from '../register/db';
import { insertArea, listAreas } from '../register/areas';
import { allUnits, createUnit, updateUnit } from '../register/units';
import { getSettings } from '../register/settings';
import { fromKobo, KOBO_NAME, toKobo, type ExchangeUnit } from './mapping';

export const KOBO_FORMAT = 'kobo-boliger';
/** Larger files are refused before they are read into memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_RECORDS = 100_000;

export function koboExport(db: Db, today: string): { json: string; rows: number } {
  const areas = new Map(listAreas(db).map((a) => [a.id, a.name]));
  const units = allUnits(db).map((u) => {
    const e: ExchangeUnit = {
      unitNo: u.unitNo,
      address: u.address,
      areaName: u.areaId === null ? null : (areas.get(u.areaId) ?? null),
      buildingType: u.buildingType,
      tenure: u.tenure,
      leaseEnd: u.leaseEnd,
      ownerRentMonthly: u.ownerRentMonthly,
      bedrooms: u.bedrooms,
      rooms: u.rooms,
      areaM2: u.areaM2,
      promM2: u.promM2,
      floor: u.floor,
      wheelchairAccessible: u.wheelchairAccessible,
      universalDesign: u.universalDesign,
      staffed: u.staffed,
      targetGroup: u.targetGroup,
      condition: u.condition,
      maintenanceBacklog: u.maintenanceBacklog,
      rentMonthly: u.rentMonthly,
      marketRentMonthly: u.marketRentMonthly,
      bookValue: u.bookValue,
      status: u.status,
    };
    return toKobo(e);
  });
  const doc = {
    format: KOBO_FORMAT,
    versjon: 1,
    kommune: getSettings(db).municipality,
    eksportert: today,
    boliger: units,
  };
  return { json: `${JSON.stringify(doc, null, 2)}\n`, rows: units.length };
}

const refuse = (fileName: string, issues: FieldIssue[]) =>
  new AppError(
    'validation',
    `${fileName} ble ikke importert (ingenting er endret):\n${issues.map((i) => i.message).join('\n')}`,
    issues,
  );

/** Reads and validates a Kobo-format file: the records as unit input, or a refusal. */
export function readKoboFile(path: string) {
  const fileName = basename(path);
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new AppError(
      'validation',
      `${fileName} er for stor (over 20 MB) til å være en boligliste.`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError(
      'validation',
      `${fileName} er ikke en gyldig JSON-fil fra Kobo eller Boligplan.`,
    );
  }
  const records = Array.isArray(doc)
    ? doc
    : doc !== null &&
        typeof doc === 'object' &&
        Array.isArray((doc as { boliger?: unknown }).boliger)
      ? (doc as { boliger: unknown[] }).boliger
      : null;
  if (records === null) {
    throw new AppError('validation', `${fileName} har ingen liste «boliger».`);
  }
  if (records.length > MAX_RECORDS) {
    throw new AppError('validation', `${fileName} har over ${MAX_RECORDS} boliger.`);
  }
  return { fileName, ...validateKoboRecords(records, fileName) };
}

export function validateKoboRecords(records: unknown[], fileName = 'Filen') {
  const issues: FieldIssue[] = [];
  const rows: {
    unitNo: string;
    areaName: string | null;
    input: ReturnType<typeof unitFields.parse>;
  }[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + 1;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({ field: `rad ${row}`, message: `Rad ${row}: er ikke en bolig` });
      return;
    }
    const { areaName, ...raw } = fromKobo(record as Record<string, unknown>);
    const parsed = unitFields.safeParse({ ...raw, areaId: null });
    const label = `Rad ${row}${typeof raw.unitNo === 'string' ? ` (${raw.unitNo})` : ''}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const kobo = KOBO_NAME[field] ?? field;
        issues.push({
          field: `rad ${row}.${kobo}`,
          message: `${label}, ${kobo}: ${issue.message}`,
        });
      }
      return;
    }
    const key = parsed.data.unitNo.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        field: `rad ${row}.bruksenhetsnummer`,
        message: `${label}, bruksenhetsnummer: ${parsed.data.unitNo} står også på rad ${first}`,
      });
      return;
    }
    seen.set(key, row);
    if (areaName !== null && (typeof areaName !== 'string' || areaName.trim() === '')) {
      issues.push({
        field: `rad ${row}.boligplan.omrade`,
        message: `${label}, boligplan.omrade: må være et navn`,
      });
      return;
    }
    rows.push({
      unitNo: parsed.data.unitNo,
      areaName: areaName as string | null,
      input: parsed.data,
    });
  });
  if (issues.length > 0) throw refuse(fileName, issues);
  return { rows };
}

/** Creates and updates the homes in one transaction; any refusal changes nothing. */
export function applyKobo(
  db: Db,
  file: ReturnType<typeof readKoboFile>,
  now: string,
): { fileName: string; created: number; updated: number } {
  return db.transaction(() => {
    const areas = new Map(listAreas(db).map((a) => [a.name.toLowerCase(), a.id]));
    const existing = new Map(allUnits(db).map((u) => [u.unitNo.toLowerCase(), u.id]));
    let created = 0;
    let updated = 0;
    file.rows.forEach((r, i) => {
      let areaId: number | null = null;
      if (r.areaName !== null) {
        areaId = areas.get(r.areaName.toLowerCase()) ?? null;
        if (areaId === null) {
          areaId = insertArea(db, r.areaName);
          areas.set(r.areaName.toLowerCase(), areaId);
        }
      }
      const input = { ...r.input, areaId };
      const id = existing.get(r.unitNo.toLowerCase());
      try {
        if (id === undefined) {
          createUnit(db, input, now);
          created++;
        } else {
          updateUnit(db, id, input, now);
          updated++;
        }
      } catch (e) {
        if (e instanceof AppError) {
          throw refuse(file.fileName, [
            { field: `rad ${i + 1}`, message: `Rad ${i + 1} (${r.unitNo}): ${e.message}` },
          ]);
        }
        throw e;
      }
    });
    return { fileName: file.fileName, created, updated };
  })();
}
