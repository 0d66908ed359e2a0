// LibreOffice headless as the spreadsheet program that recalculates the exported workbooks.
// Each run gets its own user profile (parallel runs do not clash), set to recalculate every
// formula on load: LibreOffice's default for .xlsx is to trust the cached results, which would
// make the comparison meaningless.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

export const LO_TIMEOUT = 120_000;

export function findSoffice(): string | null {
  const candidates = [
    process.env.SOFFICE,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/**
 * Whether to run the LibreOffice tests: yes when it is installed; in CI (process.env.CI) they
 * always run, and fail when it is missing (CI installs libreoffice-calc-nogui).
 */
export const runLibreOfficeTests = findSoffice() !== null || !!process.env.CI;

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens the files in LibreOffice, recalculates every formula and saves them as .xlsx in
 * `outDir` (same base names). Throws if LibreOffice is missing, fails or leaves a file out.
 */
export async function recalculate(files: string[], outDir: string): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) mangler: installer libreoffice-calc-nogui for å kjøre testene.',
    );
  }
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: LO_TIMEOUT - 10_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = files.map((f) => join(outDir, basename(f)));
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`LibreOffice skrev ikke ${missing.join(', ')}`);
  return out;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's number: a plain value or a formula's (cached or recalculated) result. */
export function cellNumber(cell: ExcelJS.Cell): number | null {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  if (v && typeof v === 'object' && 'formula' in v && v.result === undefined) return 0;
  return null;
}

/** Sets the cell a workbook name (Rente_1 …) points at. */
export function setNamed(wb: ExcelJS.Workbook, name: string, value: number | string): void {
  const range = wb.definedNames.getRanges(name).ranges[0];
  if (!range) throw new Error(`Navnet ${name} finnes ikke i arbeidsboken`);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) throw new Error(`Uventet område for ${name}: ${range}`);
  const ws = wb.getWorksheet(m[1]!);
  if (!ws) throw new Error(`Arket ${m[1]} finnes ikke`);
  ws.getCell(`${m[2]}${m[3]}`).value = value;
}
