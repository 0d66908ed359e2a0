// `npm run cli -- export-plan --db FILE --scenario NAME [--scenario NAME …] --out FILE.xlsx`
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import { openTestRegister } from '../helpers';
import { allKindsScenario } from './fixtures';
import { readWorkbook } from './libreoffice';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('export-plan', () => {
  const reg = openTestRegister({ sample: true });
  beforeAll(async () => {
    await reg.api.ok('scenarios.create', { scenario: allKindsScenario() });
  });
  afterAll(() => reg.close());

  it('writes a comparison and prints what it wrote (exit 0)', async () => {
    const out = join(reg.dir, 'plan.xlsx');
    const r = await cli([
      'export-plan',
      '--db',
      reg.path,
      '--scenario',
      'Alle tiltak',
      '--scenario',
      'Ingen tiltak',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { path: string; scenarios: { name: string }[] };
    expect(report.path).toBe(out);
    expect(report.scenarios.map((s) => s.name)).toEqual(['Alle tiltak', 'Ingen tiltak']);
    const wb = await readWorkbook(out);
    // Sammendrag, Forutsetninger, eight sheets for «Alle tiltak» and seven for «Ingen tiltak»
    // (no Endring against itself).
    expect(wb.worksheets).toHaveLength(17);
    expect((report as unknown as { sheets: string[] }).sheets).toEqual(
      wb.worksheets.map((w) => w.name),
    );
    expect(String(wb.getWorksheet('Sammendrag')!.getCell('A3').value)).toMatch(/Alle tiltak/);
  });

  it('--thousands shows the amounts in 1 000 kr (the cells keep kroner)', async () => {
    const out = join(reg.dir, 'tusen.xlsx');
    const r = await cli([
      'export-plan',
      '--db',
      reg.path,
      '--scenario',
      'Alle tiltak',
      '--out',
      out,
      '--thousands',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = await readWorkbook(out);
    const drift = wb.getWorksheet('Drift – Alle tiltak')!;
    expect(String(drift.getCell(5, 1).value)).toMatch(/^Beløp i 1 000 kr/);
    const formats = new Set<string>();
    drift.eachRow((row) => row.eachCell((c) => formats.add(c.numFmt)));
    expect(formats).toContain('#,##0,');
    // Another command does not take the flag.
    expect((await cli(['kostra', '--db', reg.path, '--year', '2026', '--thousands'])).code).toBe(2);
  });

  it('exit 1 for an unknown scenario, 2 for wrong usage', async () => {
    const out = join(reg.dir, 'x.xlsx');
    const unknown = await cli([
      'export-plan',
      '--db',
      reg.path,
      '--scenario',
      'Finnes ikke',
      '--out',
      out,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Fant ikke scenarioet «Finnes ikke»/);
    expect((await cli(['export-plan', '--db', reg.path, '--scenario', 'Alle tiltak'])).code).toBe(
      2,
    );
    expect((await cli(['export-plan', '--db', reg.path, '--out', out])).code).toBe(2);
    expect(
      (await cli(['export-plan', '--db', reg.path, '--scenario', 'Alle tiltak', '--out', 'x.csv']))
        .code,
    ).toBe(2);
    const five = ['A', 'B', 'C', 'D', 'E'].flatMap((n) => ['--scenario', n]);
    expect((await cli(['export-plan', '--db', reg.path, ...five, '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
