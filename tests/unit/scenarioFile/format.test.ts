// The scenario file format on its own (no register): a round trip keeps the scenario exactly,
// and every kind of bad file is refused with a Norwegian message naming the place.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, type RegisterSnapshot } from '../../../main/domain/scenario';
import { findJsonProblem } from '../../../main/scenarioFile/json';
import {
  homeIssues,
  homesNamed,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioFile,
  serialiseScenarioFile,
  type ScenarioFile,
} from '../../../main/scenarioFile/format';
import { AppError } from '../../../main/register/errors';
import { everyKindScenario } from './fixture';

// Homes 1–5 owned (home 1 let to a household), 6 leased from a private owner (framleie).
const snapshot = {
  units: [1, 2, 3, 4, 5, 6].map((id) => ({ id, tenure: id === 6 ? 'framleie' : 'eid' })),
  tenancies: [{ unitId: 1, movedOut: null }],
} as unknown as RegisterSnapshot;
const scenario = everyKindScenario(snapshot);
const unitNo = (id: number) => (id <= 6 ? `B-00${id}` : undefined);

const goodFile = (): ScenarioFile =>
  JSON.parse(
    serialiseScenarioFile({
      scenario,
      description: 'Forslag til økonomiplan',
      homes: homesNamed(scenario, unitNo),
      exportedAt: '2026-11-25',
    }),
  ) as ScenarioFile;

/** The refusal's lines (after the heading), or the single message. */
function refusal(content: string): string[] {
  try {
    parseScenarioFile(content);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('validation');
    return (e as AppError).issues.map((i) => i.message);
  }
  throw new Error('the file was accepted');
}

describe('scenario file format', () => {
  it('round-trips a scenario with every kind of action exactly, with its homes', () => {
    const text = serialiseScenarioFile({
      scenario,
      description: 'Forslag til økonomiplan',
      homes: homesNamed(scenario, unitNo),
      exportedAt: '2026-11-25',
    });
    expect(text.startsWith('{\n  "format": "boligplan-scenario",\n  "version": 1,')).toBe(true);
    const file = parseScenarioFile(text);
    expect(file.scenario).toEqual(scenario);
    expect(file.description).toBe('Forslag til økonomiplan');
    // The homes the sale, framleie end, leie-til-eie, rehabilitation and closure name.
    expect(file.homes).toEqual([1, 2, 3, 4, 6].map((id) => ({ id, unitNo: `B-00${id}` })));
    // Serialising what was read gives the same content: nothing added or lost.
    expect(JSON.parse(serialiseScenarioFile(file))).toEqual(JSON.parse(text));
    // A byte order mark (as Notepad writes) is fine.
    expect(parseScenarioFile(`\ufeff${text}`).scenario).toEqual(scenario);
  });

  it('fills assumptions the file does not have from the defaults, as for older saves', () => {
    const f = goodFile();
    const { discountRate: _dropped, ...older } = f.scenario.assumptions;
    const file = parseScenarioFile(
      JSON.stringify({ ...f, scenario: { ...f.scenario, assumptions: older } }),
    );
    expect(file.scenario.assumptions).toEqual({
      ...scenario.assumptions,
      discountRate: DEFAULT_ASSUMPTIONS.discountRate,
    });
    expect(scenario.assumptions.discountRate).not.toBe(DEFAULT_ASSUMPTIONS.discountRate);
    // What is there is still checked.
    const wrongLoan = { ...f.scenario.assumptions, defaultLoan: 'serie' };
    expect(
      refusal(JSON.stringify({ ...f, scenario: { ...f.scenario, assumptions: wrongLoan } })),
    ).toEqual(['Forutsetninger, Lån: har feil form']);
  });

  it('refuses text that is not JSON, naming line and column', () => {
    expect(refusal('{\n  "format": "boligplan-scenario",\n  "version": 1,\n}')).toEqual([
      'filen er ikke gyldig JSON: uventet tegn «}» (linje 4, kolonne 1).',
    ]);
    expect(refusal('{"format": "boligplan-scenario"')).toEqual([
      'filen er ikke gyldig JSON: uventet slutt på filen (linje 1, kolonne 32).',
    ]);
    expect(refusal('{"a": "b\nc"}')).toEqual([
      'filen er ikke gyldig JSON: linjeskift eller kontrolltegn inne i en tekst (linje 1, kolonne 9).',
    ]);
    expect(refusal('{} x')).toEqual([
      'filen er ikke gyldig JSON: uventet tegn «x» etter slutten av innholdet (linje 1, kolonne 4).',
    ]);
    expect(refusal('   \n')).toEqual(['filen er tom.']);
  });

  it('bounds nesting, the number of values and the size before building anything', () => {
    expect(refusal(`${'['.repeat(100)}${']'.repeat(100)}`)).toEqual([
      'filen er ikke gyldig JSON: nestet dypere enn 16 nivåer (linje 1, kolonne 17).',
    ]);
    expect(findJsonProblem(`[${'0,'.repeat(20)}0]`, { maxDepth: 4, maxValues: 10 })).toEqual({
      reason: 'for mange verdier (mer enn 10)',
      line: 1,
      column: 20,
    });
    expect(refusal(' '.repeat(MAX_SCENARIO_FILE_BYTES + 1))).toEqual(['filen er større enn 5 MB.']);
  });

  it('refuses another format and a file from a newer Boligplan', () => {
    const other =
      'dette er ikke en scenariofil fra Boligplan (mangler "format": "boligplan-scenario").';
    expect(refusal('{"a": 1}')).toEqual([other]);
    expect(refusal('[1, 2]')).toEqual([other]);
    expect(refusal(JSON.stringify({ ...goodFile(), format: 'boligplan-plan' }))).toEqual([other]);
    expect(refusal(JSON.stringify({ ...goodFile(), version: 2 }))).toEqual([
      'filen er laget av en nyere versjon av Boligplan (filversjon 2; denne versjonen leser 1). Oppdater Boligplan for å importere den.',
    ]);
    expect(refusal(JSON.stringify({ ...goodFile(), version: '1' }))).toEqual([
      'Filversjon: mangler eller er ugyldig.',
    ]);
  });

  it('refuses what the scenario form refuses, naming action and field in Norwegian', () => {
    const f = goodFile();
    const a = f.scenario.actions;
    const bad = {
      ...f,
      scenario: {
        ...f.scenario,
        years: 30,
        assumptions: { ...f.scenario.assumptions, discountRate: 'fire' },
        actions: [
          { ...a[0], pricePerHome: '4 mill', segment: 'x' },
          { id: 'z', kind: 'teleport' },
          { ...a[3], mode: 'weird' },
          { ...a[5], newCondition: 7 },
          {
            ...a[1],
            units: [{ segment: '2|-|-', count: 'x', areaM2PerHome: 1, rentMonthlyPerHome: 1 }],
          },
          { ...a[0], grant: { mode: 'gift' } },
          { kind: 'avvikling', year: 2028 },
        ],
      },
    };
    expect(refusal(JSON.stringify(bad))).toEqual([
      'Planperiode: kan være høyst 20',
      'Forutsetninger, Kalkulasjonsrente: må være et tall',
      'Tiltak 1 (Kjøp), Segment: er ikke et gyldig segment',
      'Tiltak 1 (Kjøp), Pris: må være et tall',
      'Tiltak 2, Type tiltak: ukjent type «teleport»',
      'Tiltak 3 (Framleie), Type: er ikke et gyldig valg',
      'Tiltak 4 (Rehabilitering), Ny tilstandsgrad: er ikke et gyldig valg',
      'Tiltak 5 (Bygging), Boliger 1, Antall: må være et tall',
      'Tiltak 6 (Kjøp), Tilskudd, Type: er ikke et gyldig valg',
      'Tiltak 7 (Avvikling), Id: mangler',
      'Tiltak 7 (Avvikling), Bolig: må være en liste med boliger',
    ]);
    // Names of built-in properties are not kinds either.
    const inherited = {
      ...f,
      scenario: { ...f.scenario, actions: [{ id: 'y', kind: 'constructor' }] },
    };
    expect(refusal(JSON.stringify(inherited))).toEqual([
      'Tiltak 1, Type tiltak: ukjent type «constructor»',
    ]);
    expect(refusal(JSON.stringify({ format: 'boligplan-scenario', version: 1 }))).toEqual([
      'Scenario: mangler',
    ]);
    // Every message is Norwegian: none of zod's English defaults leak through.
    for (const line of refusal(JSON.stringify(bad)))
      expect(line).not.toMatch(/Invalid|expected|received/i);
  });

  it('refuses national id numbers in any text: description, name, note, project', () => {
    const f = goodFile();
    const withIds = {
      ...f,
      description: 'Gjelder 01019912345',
      scenario: {
        ...f.scenario,
        name: 'Plan for 010199 12345',
        actions: [
          { ...f.scenario.actions[0], note: 'Kari 010199-12345' },
          { ...f.scenario.actions[1], project: '01019912345' },
        ],
      },
    };
    const personal =
      'ser ut som et fødselsnummer – personopplysninger hører ikke hjemme i et scenario';
    expect(refusal(JSON.stringify(withIds))).toEqual([
      `Beskrivelse: ${personal}`,
      `Navn: ${personal}`,
      `Tiltak 1 (Kjøp), Merknad: ${personal}`,
      `Tiltak 2 (Bygging), Prosjekt: ${personal}`,
    ]);
  });

  it('names homes missing from the register, and ids that are other homes here', () => {
    const f = goodFile();
    // In this register home 3 is gone and id 4 is another home.
    const here = (id: number) => (id === 3 ? undefined : id === 4 ? 'C-104' : unitNo(id));
    const titles = f.scenario.actions.map((a) => a.kind);
    expect(titles[5]).toBe('rehabilitering');
    expect(homeIssues(f, here).map((i) => i.message)).toEqual([
      'Tiltak 6 (Rehabilitering), Bolig: bolig B-003 (id 3) finnes ikke i dette registeret',
      'Tiltak 7 (Avvikling), Bolig: id 4 er bolig B-004 i filen, men bolig C-104 i dette registeret',
    ]);
    // Without the homes list the id alone is named.
    expect(homeIssues({ ...f, homes: undefined }, here).map((i) => i.message)).toEqual([
      'Tiltak 6 (Rehabilitering), Bolig: boligen med id 3 finnes ikke i dette registeret',
    ]);
    expect(homeIssues(f, unitNo)).toEqual([]);
  });
});
