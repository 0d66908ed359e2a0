// Scenario files against a register: `scenario-export` then `scenario-import --name X` gives the
// same plan JSON as the original; refusals exit 1 with a Norwegian message and change nothing;
// the app's «Eksporter scenario» / «Importer scenario» through the shell's file dialogs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import type { Db } from '../../../main/register/db';
import { registerSnapshot } from '../../../main/register/snapshot';
import { MAX_SCENARIO_FILE_BYTES, type ScenarioFile } from '../../../main/scenarioFile/format';
import { openTestRegister, TODAY } from '../helpers';
import { everyKindScenario } from './fixture';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister({ sample: true });
  // Start with no stored scenario (the sample has its adopted plan and an alternative).
  reg.db().exec('DELETE FROM scenario');
  process.env.BOLIGPLAN_TODAY = TODAY;
});
afterEach(() => {
  delete process.env.BOLIGPLAN_TODAY;
  reg.close();
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Everything a refused import could have touched. */
function registerState(db: Db) {
  return {
    scenarios: db.prepare('SELECT * FROM scenario ORDER BY id').all(),
    changes: db.prepare('SELECT count(*) AS n FROM change_log').get(),
  };
}

async function storeEveryKind(name?: string) {
  const scenario = everyKindScenario(registerSnapshot(reg.db(), TODAY), name);
  return reg.api.ok('scenarios.create', { scenario, description: 'Forslag til økonomiplan' });
}

const NAME = 'Økonomiplan 2027–2030';

describe('npm run cli -- scenario-export / scenario-import', () => {
  it('export, import under a new name, plan: the same plan JSON as the original', async () => {
    await storeEveryKind();
    const file = join(reg.dir, 'scenario.json');
    const exported = await cli([
      'scenario-export',
      '--db',
      reg.path,
      '--scenario',
      NAME,
      '--out',
      file,
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, scenario: NAME, actions: 7 });

    const imported = await cli([
      'scenario-import',
      file,
      '--db',
      reg.path,
      '--name',
      'Kopi fra fil',
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      ok: true,
      scenario: 'Kopi fra fil',
      actions: 7,
    });

    const original = await cli(['plan', '--db', reg.path, '--scenario', NAME]);
    const copy = await cli(['plan', '--db', reg.path, '--scenario', 'Kopi fra fil']);
    expect(original.code).toBe(0);
    expect(copy.code).toBe(0);
    const a = JSON.parse(original.stdout) as Record<string, unknown>;
    const b = JSON.parse(copy.stdout) as Record<string, unknown>;
    expect(b.scenario).toBe('Kopi fra fil');
    // Everything but the name is identical: per year, per action, totals, NPV, warnings.
    expect({ ...b, scenario: NAME }).toEqual(a);
    expect((a.perYear as unknown[]).length).toBe(4);

    // The description travels with the scenario.
    const list = await reg.api.ok('scenarios.list', {});
    expect(list.find((s) => s.name === 'Kopi fra fil')?.description).toBe(
      'Forslag til økonomiplan',
    );
  });

  it('refuses a name the register has, unless --name gives a new one', async () => {
    await storeEveryKind();
    const file = join(reg.dir, 'scenario.json');
    await cli(['scenario-export', '--db', reg.path, '--scenario', NAME, '--out', file]);
    const before = registerState(reg.db());
    const again = await cli(['scenario-import', file, '--db', reg.path]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `Feil: Navn: scenarioet «${NAME}» finnes allerede – gi det importerte scenarioet et nytt navn (bruk --name NYTT_NAVN)`,
    );
    // Names differ only by case count as the same name.
    const upper = await cli([
      'scenario-import',
      file,
      '--db',
      reg.path,
      '--name',
      NAME.toUpperCase(),
    ]);
    expect(upper.code).toBe(1);
    expect(registerState(reg.db())).toEqual(before);
  });

  it('exports «Ingen tiltak» as a file with no actions; importing it needs a new name', async () => {
    const file = join(reg.dir, 'ingen.json');
    const exported = await cli([
      'scenario-export',
      '--db',
      reg.path,
      '--scenario',
      'Ingen tiltak',
      '--out',
      file,
    ]);
    expect(exported.code).toBe(0);
    const content = JSON.parse(readFileSync(file, 'utf8')) as ScenarioFile;
    expect(content.format).toBe('boligplan-scenario');
    expect(content.version).toBe(1);
    expect(content.scenario.name).toBe('Ingen tiltak');
    expect(content.scenario.actions).toEqual([]);
    expect(content.scenario.startYear).toBe(2027); // next year, as `plan --scenario "Ingen tiltak"`
    expect(content.homes).toBeUndefined();

    const refused = await cli(['scenario-import', file, '--db', reg.path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('«Ingen tiltak» er forbeholdt referansebanen');
    expect(await reg.api.ok('scenarios.list', {})).toEqual([]);

    const named = await cli(['scenario-import', file, '--db', reg.path, '--name', 'Utgangspunkt']);
    expect(named.code).toBe(0);
    const base = JSON.parse(
      (await cli(['plan', '--db', reg.path, '--scenario', 'Ingen tiltak'])).stdout,
    );
    const copy = JSON.parse(
      (await cli(['plan', '--db', reg.path, '--scenario', 'Utgangspunkt'])).stdout,
    );
    expect({ ...copy, scenario: 'Ingen tiltak' }).toEqual(base);
  });

  it('refuses broken and foreign files with exit 1, a Norwegian message, and no change', async () => {
    await storeEveryKind();
    const good = join(reg.dir, 'scenario.json');
    await cli(['scenario-export', '--db', reg.path, '--scenario', NAME, '--out', good]);
    const content = JSON.parse(readFileSync(good, 'utf8')) as ScenarioFile;
    const before = registerState(reg.db());
    const write = (name: string, text: string) => {
      const path = join(reg.dir, name);
      writeFileSync(path, text);
      return path;
    };
    const sale = content.scenario.actions[2]!;
    const cases: [string, string, string][] = [
      [
        'broken JSON',
        write('a.json', '{\n "format": "boligplan-scenario",\n'),
        'uventet slutt på filen (linje 3, kolonne 1)',
      ],
      [
        'a newer version',
        write('b.json', JSON.stringify({ ...content, version: 3 })),
        'nyere versjon av Boligplan',
      ],
      [
        'a negative price (the engine check)',
        write(
          'c.json',
          JSON.stringify({
            ...content,
            scenario: { ...content.scenario, actions: [{ ...sale, pricePerHome: -5 }] },
          }),
        ),
        'Tiltak 1 (Salg), Pris: kan ikke være negativ',
      ],
      [
        'a home that is not in this register',
        write(
          'd.json',
          JSON.stringify({
            ...content,
            homes: [{ id: 99_999, unitNo: 'X-1' }],
            scenario: {
              ...content.scenario,
              actions: [{ ...sale, target: { mode: 'units', unitIds: [99_999] } }],
            },
          }),
        ),
        'Tiltak 1 (Salg), Bolig: bolig X-1 (id 99999) finnes ikke i dette registeret',
      ],
      [
        'a national id number in a note',
        write(
          'e.json',
          JSON.stringify({
            ...content,
            scenario: {
              ...content.scenario,
              name: 'Ny',
              actions: [{ ...sale, note: 'Ola 01019912345' }],
            },
          }),
        ),
        'Tiltak 1 (Salg), Merknad: ser ut som et fødselsnummer',
      ],
    ];
    for (const [what, path, message] of cases) {
      const r = await cli(['scenario-import', path, '--db', reg.path, '--name', `Ny ${what}`]);
      expect(r.code, what).toBe(1);
      expect(r.stderr, what).toContain('Feil: Scenariofilen kan ikke importeres');
      expect(r.stderr, what).toContain(message);
      expect(r.stderr, what).not.toMatch(/Unexpected|JSON at|Invalid/);
    }
    // Over the size bound: refused before it is read.
    const big = write('big.json', ' '.repeat(MAX_SCENARIO_FILE_BYTES + 1));
    const r = await cli(['scenario-import', big, '--db', reg.path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Feil: Scenariofilen kan ikke importeres: filen er større enn 5 MB.');
    const missing = await cli([
      'scenario-import',
      join(reg.dir, 'finnes-ikke.json'),
      '--db',
      reg.path,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fant ikke filen');
    expect(registerState(reg.db())).toEqual(before);
  });

  it('refuses to export a scenario with a national id number in a note; no file is written', async () => {
    const scenario = everyKindScenario(registerSnapshot(reg.db(), TODAY), 'Med merknad');
    // The API refuses such a note now; a register written by an earlier version may hold one.
    scenario.actions[0] = { ...scenario.actions[0]!, note: 'MERKNAD' };
    await reg.api.ok('scenarios.create', { scenario });
    reg
      .db()
      .prepare("UPDATE scenario SET body = replace(body, 'MERKNAD', 'Gjelder 010199 12345')")
      .run();
    const file = join(reg.dir, 'merknad.json');
    const r = await cli([
      'scenario-export',
      '--db',
      reg.path,
      '--scenario',
      'Med merknad',
      '--out',
      file,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Feil: Scenarioet «Med merknad» kan ikke eksporteres:\nTiltak 1 (Kjøp), Merknad: ser ut som et fødselsnummer – personopplysninger hører ikke hjemme i et scenario',
    );
    expect(existsSync(file)).toBe(false);
  });

  it('exits 2 on wrong usage, 1 for an unknown scenario; help lists both commands', async () => {
    const file = join(reg.dir, 's.json');
    expect((await cli(['scenario-export', '--db', reg.path, '--scenario', NAME])).code).toBe(2);
    expect(
      (await cli(['scenario-export', '--db', reg.path, '--scenario', NAME, '--out', 's.txt'])).code,
    ).toBe(2);
    expect((await cli(['scenario-import', '--db', reg.path])).code).toBe(2);
    expect((await cli(['scenario-import', file, file, '--db', reg.path])).code).toBe(2);
    expect((await cli(['scenario-import', file, '--db', reg.path, '--nmae', 'x'])).code).toBe(2);
    const unknown = await cli([
      'scenario-export',
      '--db',
      reg.path,
      '--scenario',
      'Finnes ikke',
      '--out',
      file,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Fant ikke scenarioet «Finnes ikke»');
    const help = await cli(['help']);
    expect(help.stdout).toContain('scenario-export --db FIL --scenario NAVN --out FIL.json');
    expect(help.stdout).toContain('scenario-import FIL.json --db FIL [--name NYTT_NAVN]');
  });
});

describe('«Eksporter scenario» / «Importer scenario» in the app', () => {
  it('exports through the save dialog and imports through the open dialog under a new name', async () => {
    const stored = await storeEveryKind();
    // Cancelled save dialog: nothing written.
    expect(await reg.api.ok('scenarios.exportFile', { id: stored.id })).toBeNull();
    expect(reg.shell.proposedNames).toEqual([`${NAME}.json`]);

    const path = join(reg.dir, 'delt');
    reg.shell.saveQueue.push(path);
    const saved = await reg.api.ok('scenarios.exportFile', { id: stored.id });
    expect(saved).toEqual({ path: `${path}.json`, fileName: 'delt.json' });

    reg.shell.openQueue.push(`${path}.json`);
    const chosen = await reg.api.ok('scenarios.chooseFile', {});
    expect(chosen).toMatchObject({
      fileName: 'delt.json',
      name: NAME,
      startYear: 2027,
      years: 4,
      actionCount: 7,
      nameProblem: `Navn: scenarioet «${NAME}» finnes allerede – gi det importerte scenarioet et nytt navn`,
    });
    const before = registerState(reg.db());
    const taken = await reg.api.call('scenarios.importFile', { token: chosen!.token });
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.error.code).toBe('conflict');
    expect(!taken.ok && taken.error.issues[0]).toMatchObject({ field: 'name' });
    expect(registerState(reg.db())).toEqual(before);

    const copy = await reg.api.ok('scenarios.importFile', {
      token: chosen!.token,
      name: 'Fra kollega',
    });
    expect(copy.scenario).toEqual({ ...stored.scenario, name: 'Fra kollega' });
    expect(copy.description).toBe(stored.description);

    // Cancelled open dialog: nothing.
    expect(await reg.api.ok('scenarios.chooseFile', {})).toBeNull();
    // A token the shell never issued is refused.
    const forged = await reg.api.call('scenarios.importFile', { token: 'x', name: 'Y' });
    expect(!forged.ok && forged.error.message).toContain('Velg filen på nytt');
  });

  it('refuses a broken file when it is chosen, with the messages per field', async () => {
    const path = join(reg.dir, 'broken.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'boligplan-scenario',
        version: 1,
        scenario: { name: 'X', startYear: 2027, years: 0 },
      }),
    );
    reg.shell.openQueue.push(path);
    const r = await reg.api.call('scenarios.chooseFile', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.issues.map((i) => i.message)).toEqual([
        'Planperiode: må være minst 1',
        'Forutsetninger: mangler',
        'Tiltak: mangler',
      ]);
    }
  });
});
