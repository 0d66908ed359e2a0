// Personal data refused everywhere: the national-id check (normalised first) on every text
// field of every API method, found by walking the contract's schemas; and every export of the
// sample holds no eleven-digit number, while a note smuggled past the API stops the export.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_METHODS, contract } from '../../main/contract/api';
import {
  containsNationalId,
  maskNationalIds,
  NATIONAL_ID_MESSAGE,
} from '../../main/domain/privacy';
import { openTestRegister } from './helpers';
import { NATIONAL_IDS } from './hostile/corpus';

type Path = (string | number)[];

/** Every path to a string in a zod schema (objects, arrays, unions, optional, defaults …). */
function textPaths(schema: z.ZodType, path: Path = [], seen = new Set<unknown>()): Path[] {
  if (seen.has(schema) && path.length > 12) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner = (s: unknown) => textPaths(s as z.ZodType, path, seen);
  switch (def.type) {
    case 'string':
      return [path];
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([k, v]) => textPaths(v, [...path, k], seen));
    }
    case 'array':
      return textPaths(def.element as z.ZodType, [...path, 0], seen);
    case 'record':
      return textPaths(def.valueType as z.ZodType, [...path, 'Kolonne'], seen);
    case 'union':
      return (def.options as z.ZodType[]).flatMap(inner);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    default:
      return [];
  }
}

/** A payload with `value` at `path` (nothing else: the check runs before validation). */
function payloadAt(path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [payloadAt(rest, value)];
  return { [head!]: payloadAt(rest, value) };
}

const NOT_TEXT = new Set(['token', 'checksum', 'path']);

describe('the national-id check', () => {
  it('finds every spelling, normalised first, and leaves amounts, dates and codes alone', () => {
    for (const id of NATIONAL_IDS) expect(containsNationalId(`Notat ${id} her`), id).toBe(true);
    expect(containsNationalId('Fjordgata 1 01.01.90 123 45')).toBe(true);
    for (const text of ['1 200 000 2026', '123456789012', 'Storgata 12, 0155 Oslo', 'H-1001']) {
      expect(containsNationalId(text), text).toBe(false);
    }
    expect(maskNationalIds('fnr 010190 12345')).toBe('fnr 010190*****');
  });
});

describe('every text field of the contract', () => {
  it('refuses a national id in each one, naming the field, before any handler runs', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      let checked = 0;
      for (const method of API_METHODS) {
        const schema = contract[method].input as unknown as z.ZodType;
        for (const path of textPaths(schema)) {
          const key = [...path].reverse().find((p) => typeof p === 'string');
          if (key !== undefined && NOT_TEXT.has(key)) continue;
          for (const id of [NATIONAL_IDS[0]!, NATIONAL_IDS[4]!]) {
            const r = await reg.api.call(method, payloadAt(path, `Tekst ${id}`) as never);
            const where = `${method} ${path.join('.')}`;
            expect(r.ok, where).toBe(false);
            if (!r.ok) {
              expect(r.error.code, where).toBe('validation');
              expect(
                r.error.issues.map((i) => i.field),
                where,
              ).toContain(path.join('.'));
              expect(r.error.message, where).toContain(`: ${NATIONAL_ID_MESSAGE}`);
              expect(r.error.message, where).not.toMatch(/^[a-z]+[A-Z]\w*:/); // no raw key
            }
          }
          checked++;
        }
      }
      // Units, households, needs, areas, settings, scenarios and their actions, imports …
      expect(checked).toBeGreaterThan(40);
    } finally {
      reg.close();
    }
  });

  it('names nested fields with the labels the planner sees', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      const r = await reg.api.call('scenarios.create', {
        scenario: { name: 'Plan', actions: [{}, { note: 'Tekst 010190 12345' }] },
      } as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe(`Tiltak 2, Merknad: ${NATIONAL_ID_MESSAGE}`);
      const english = await reg.api.call('units.update', { id: 1, unit: null } as never);
      expect(english.ok).toBe(false);
      if (!english.ok) {
        expect(english.error.message).toBe('Bolig: må være en gruppe verdier');
        expect(english.error.message).not.toMatch(/Invalid|expected|received/);
      }
    } finally {
      reg.close();
    }
  });
});

/** Every cell of every sheet: its text, or its number (a formula's cached result too). */
async function cellTexts(
  path: string,
): Promise<{ where: string; text: string; number: number | null }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: { where: string; text: string; number: number | null }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const raw = cell.value as unknown;
        const v =
          raw !== null && typeof raw === 'object' && 'result' in raw
            ? (raw as { result: unknown }).result
            : raw;
        const text =
          v !== null && typeof v === 'object' && 'richText' in v
            ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('')
            : String(v);
        const number = typeof v === 'number' ? v : null;
        out.push({ where: `${ws.name}!${cell.address}`, text, number });
      });
    });
  }
  return out;
}

describe('exports', () => {
  it('every export of the sample holds no eleven-digit number in any cell', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      const scenarios = await reg.api.ok('scenarios.list', {});
      const files = {
        plan: join(reg.dir, 'plan.xlsx'),
        survey: join(reg.dir, 'kartlegging.xlsx'),
        homes: join(reg.dir, 'boliger.xlsx'),
        template: join(reg.dir, 'mal.xlsx'),
      };
      reg.shell.saveQueue.push(files.plan);
      await reg.api.ok('export.plan', {
        scenarioIds: [0, ...scenarios.slice(0, 3).map((s) => s.id)],
      });
      reg.shell.saveQueue.push(files.survey);
      await reg.api.ok('register.exportSurvey', {});
      reg.shell.saveQueue.push(files.homes);
      await reg.api.ok('register.exportHomes', {});
      reg.shell.saveQueue.push(files.template);
      await reg.api.ok('import.saveTemplate', {});
      for (const path of Object.values(files)) {
        const cells = await cellTexts(path);
        expect(cells.length, path).toBeGreaterThan(10);
        // Text: no national id in any spelling. Numbers: no whole part of eleven digits.
        const hits = cells.filter((c) =>
          c.number === null
            ? containsNationalId(c.text)
            : Math.abs(Math.trunc(c.number)) >= 1e10 && Math.abs(Math.trunc(c.number)) < 1e11,
        );
        expect(hits, path).toEqual([]);
      }
    } finally {
      reg.close();
    }
  });

  it('refuses to write an export when a text got past the checks, naming sheet and cell', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      // Written straight into the file, as an older version or another tool might have.
      reg.db().prepare("UPDATE unit SET note = 'Kontakt 0101\u200b90 12345' WHERE id = 1").run();
      reg.db().prepare("UPDATE area SET name = 'Sone 01019012345' WHERE id = 1").run();
      const survey = join(reg.dir, 'kartlegging.xlsx');
      reg.shell.saveQueue.push(survey);
      const r = await reg.api.call('register.exportSurvey', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(
          /^Eksporten er stoppet: arket «[^»]+», celle [A-Z]+\d+ ser ut til å inneholde et fødselsnummer/,
        );
      }
      expect(existsSync(survey)).toBe(false);
      const homes = join(reg.dir, 'boliger.xlsx');
      reg.shell.saveQueue.push(homes);
      expect((await reg.api.call('register.exportHomes', {})).ok).toBe(false);
      expect(existsSync(homes)).toBe(false);
    } finally {
      reg.close();
    }
  });
});
