// Hostile files are refused with a Norwegian message naming the limit or the line, quickly and
// without changing the register file by a single byte. (Peak memory: `npm run bench`.)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readFileBounded,
  SURVEY_LIMITS,
  parseJsonBounded,
  JSON_LIMITS,
} from '../../../main/import/bounded';
import { closedAfterEach } from '../import/base';
import { csvWithNationalId, hostileCsv, hostileXlsx, NATIONAL_IDS } from './corpus';

const { base } = closedAfterEach();

type Reg = ReturnType<typeof base>;

/** SHA-256 of the register file and its WAL: byte-identical or not. */
function fileState(path: string): string {
  const h = createHash('sha256');
  for (const p of [path, `${path}-wal`]) h.update(existsSync(p) ? readFileSync(p) : '');
  return h.digest('hex');
}

async function tryImport(reg: Reg, name: string, bytes: Buffer) {
  const path = join(reg.dir, name);
  writeFileSync(path, bytes);
  reg.shell.openQueue.push(path);
  const picked = await reg.api.ok('import.chooseFile', {});
  const preview = await reg.api.call('import.preview', { token: picked!.token });
  reg.shell.openQueue.push(path);
  const again = await reg.api.ok('import.chooseFile', {});
  const apply = await reg.api.call('import.apply', { token: again!.token, confirmWarnings: true });
  return { preview, apply };
}

/** The message of a refusal: the call failed, or the preview's errors. */
function refusal(r: Awaited<ReturnType<Reg['api']['call']>>): string {
  if (!r.ok) return r.error.message;
  const v = r.value as { errors?: { message: string }[] };
  return (v.errors ?? []).map((e) => e.message).join('\n');
}

describe('hostile spreadsheets', () => {
  it('refuses each with a message naming the limit, and leaves the register byte-identical', async () => {
    const reg = base();
    const before = fileState(reg.path);
    for (const file of await hostileXlsx()) {
      const { preview, apply } = await tryImport(reg, file.name, file.bytes);
      expect(preview.ok, file.name).toBe(false);
      expect(refusal(preview), file.name).toMatch(file.says);
      expect(apply.ok, file.name).toBe(false);
      expect(refusal(apply), file.name).toMatch(file.says);
    }
    expect(fileState(reg.path)).toBe(before);
  });
});

describe('hostile CSV files', () => {
  it('refuses or reports each with its line, never absorbing rows, and changes nothing', async () => {
    const reg = base();
    const before = fileState(reg.path);
    for (const file of hostileCsv()) {
      const { preview, apply } = await tryImport(reg, file.name, file.bytes);
      expect(refusal(preview), file.name).toMatch(file.says);
      expect(apply.ok, file.name).toBe(false);
    }
    expect(fileState(reg.path)).toBe(before);
  });

  it('reads a Windows-1252 file as a whole and never garbles it', async () => {
    const reg = base();
    const text = readFileSync(
      join(__dirname, '../../fixtures/import/survey-2026-source.csv'),
      'utf8',
    );
    const { preview } = await tryImport(
      reg,
      'ansi.csv',
      // Latin-1 bytes are Windows-1252 for these letters (the en dash is not Latin-1).
      Buffer.from(text.replace(/–/g, '-').replace('Kirkeveien 10', 'Øvre Kirkeveien 10'), 'latin1'),
    );
    expect(preview.ok).toBe(true);
    if (preview.ok) {
      expect(preview.value.encoding).toBe('Windows-1252');
      expect(JSON.stringify(preview.value)).not.toMatch(/Ã|â€/);
      expect(JSON.stringify(preview.value)).toContain('Øvre Kirkeveien 10');
    }
  });
});

describe('national ids in imported text columns', () => {
  it('are errors naming row and column, in every stored text column and every spelling', async () => {
    const reg = base();
    const before = fileState(reg.path);
    for (const column of ['address', 'area', 'note'] as const) {
      for (const id of NATIONAL_IDS) {
        const { preview, apply } = await tryImport(reg, 'fnr.csv', csvWithNationalId(column, id));
        const label = { address: 'Adr.', area: 'Område', note: 'Merknad' }[column];
        expect(refusal(preview), `${column} ${JSON.stringify(id)}`).toContain(
          `Rad 6, ${label}: ser ut som et fødselsnummer`,
        );
        expect(apply.ok).toBe(false);
      }
    }
    expect(fileState(reg.path)).toBe(before);
  });
});

describe('bounded file reads', () => {
  it('refuses a file over the size limit before reading it', () => {
    const reg = base();
    const path = join(reg.dir, 'stor.csv');
    writeFileSync(path, '');
    truncateSync(path, SURVEY_LIMITS.fileBytes + 1); // sparse: no memory, no disk
    expect(() => readFileBounded(path, SURVEY_LIMITS)).toThrow(
      /^Filen «stor\.csv» er større enn grensen på 30 MB\./,
    );
  });

  it('parses small JSON and refuses deep nesting, long strings and prototype keys in Norwegian', () => {
    const ok = parseJsonBounded(
      Buffer.from('{"name":"Plan 2027","actions":[]}'),
      JSON_LIMITS,
      '«s.json»',
    );
    expect(ok).toEqual({ name: 'Plan 2027', actions: [] });
    expect(() =>
      parseJsonBounded(Buffer.from('['.repeat(40) + ']'.repeat(40)), JSON_LIMITS, '«s.json»'),
    ).toThrow(/nøstet dypere enn 32 nivåer/);
    expect(() =>
      parseJsonBounded(Buffer.from(`{"a":"${'x'.repeat(20_000)}"}`), JSON_LIMITS, '«s.json»'),
    ).toThrow(/tekst på mer enn 10 000 tegn/);
    expect(() =>
      parseJsonBounded(Buffer.from('{"__proto__":{"polluted":1}}'), JSON_LIMITS, '«s.json»'),
    ).toThrow(/ikke gyldig JSON/);
    expect(() => parseJsonBounded(Buffer.from('{"a":'), JSON_LIMITS, '«s.json»')).toThrow(
      /^Filen «s\.json» er ikke gyldig JSON/,
    );
  });
});
