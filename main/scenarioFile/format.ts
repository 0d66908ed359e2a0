// The scenario file (issue 10.5): `{ "format": "boligplan-scenario", "version": 1, "scenario": … }`
// where the scenario has exactly the shape the API saves (the contract's scenarioSchema).
// Parse, validate and serialise; pure (no Node, no database). Planners share these files and
// keep them with the case; a refusal names the field in the words of the scenario form.
import { z } from 'zod';
import type { FieldIssue } from '../contract/api';
import { text } from '../contract/fields';
import { scenarioSchema } from '../contract/scenario';
import { containsNationalId } from '../domain/privacy';
import { namedUnitIds, type Scenario } from '../domain/scenario/actions';
import { DEFAULT_ASSUMPTIONS } from '../domain/scenario/assumptions';
import { ACTION_KIND_LABEL } from '../domain/scenario/labels';
import { AppError } from '../register/errors';
import { findJsonProblem } from './json';
import { filePathLabel, own, rawActionTitle } from './labels';

export const SCENARIO_FILE_FORMAT = 'boligplan-scenario';
export const SCENARIO_FILE_VERSION = 1;
/** Files above this are refused before they are read: a scenario is a few kilobytes. */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;
/** A scenario nests about seven levels and has at most 1000 actions. */
export const SCENARIO_JSON_LIMITS = { maxDepth: 16, maxValues: 200_000 };

/** A home an action names, with its number, so an import can tell it is the same home. */
export interface ScenarioFileHome {
  id: number;
  unitNo: string;
}

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: typeof SCENARIO_FILE_VERSION;
  /** ISO date of the export. */
  exportedAt?: string;
  description?: string;
  homes?: ScenarioFileHome[];
  scenario: Scenario;
}

const homeSchema = z.object({
  id: z.number().int().positive(),
  unitNo: z.string().max(40),
});

/** The file's shape; the scenario is the contract's own schema, never a copy. */
const fileSchema = z.object({
  format: z.literal(SCENARIO_FILE_FORMAT),
  version: z.literal(SCENARIO_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  description: text(500).optional(),
  homes: z.array(homeSchema).max(10_000).optional(),
  scenario: scenarioSchema,
});

/** Norwegian wording for whatever the schemas leave to zod's (English) defaults. */
const norwegianErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'mangler';
      switch (issue.expected) {
        case 'number':
        case 'int':
          return 'må være et tall';
        case 'string':
          return 'må være tekst';
        case 'array':
          return 'må være en liste';
        case 'boolean':
          return 'må være ja eller nei';
        default:
          return 'har feil form';
      }
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'må fylles ut' : `må ha minst ${issue.minimum} tegn`;
      if (issue.origin === 'array') return `må ha minst ${issue.minimum}`;
      return `må være minst ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `kan ha høyst ${issue.maximum} tegn`;
      if (issue.origin === 'array') return `kan ha høyst ${issue.maximum}`;
      return `kan være høyst ${issue.maximum}`;
    case 'invalid_value':
    case 'invalid_union':
      return 'er ikke et gyldig valg';
    default:
      return 'er ugyldig';
  }
};

type Key = string | number;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(root: unknown, path: Key[]): unknown {
  let v = root;
  for (const k of path) v = isRecord(v) || Array.isArray(v) ? (v as never)[k] : undefined;
  return v;
}

const isDiscriminator = (i: z.core.$ZodIssue) =>
  i.code === 'invalid_value' &&
  i.path.length === 1 &&
  (i.path[0] === 'kind' || i.path[0] === 'mode');

/**
 * Zod's issues as places and messages. An action is a union of shapes: report the problems of
 * the shape its «kind» (and «mode») chose, not of every other kind.
 */
function flatten(issues: readonly z.core.$ZodIssue[], base: Key[], raw: unknown) {
  const out: { path: Key[]; message: string }[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.filter((k): k is Key => typeof k !== 'symbol')];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const chosen = issue.errors
        .filter((branch) => !branch.some(isDiscriminator))
        .sort((a, b) => a.length - b.length)[0];
      if (chosen) {
        out.push(...flatten(chosen, path, raw));
        continue;
      }
      const value = valueAt(raw, path);
      if (isRecord(value) && 'kind' in value) {
        const kind = value.kind;
        if (typeof kind === 'string' && own(ACTION_KIND_LABEL, kind) !== undefined) {
          out.push({ path: [...path, 'mode'], message: 'er ikke et gyldig valg' });
        } else {
          out.push({
            path: [...path, 'kind'],
            message: kind === undefined ? 'mangler' : `ukjent type «${String(kind)}»`,
          });
        }
        continue;
      }
    }
    out.push({ path, message: issue.message });
  }
  return out;
}

function refusal(issues: FieldIssue[]): AppError {
  return new AppError(
    'validation',
    `Scenariofilen kan ikke importeres:\n${issues.map((i) => i.message).join('\n')}`,
    issues,
  );
}

function refuse(message: string, field = 'file'): never {
  throw new AppError('validation', `Scenariofilen kan ikke importeres: ${message}`, [
    { field, message },
  ]);
}

/** Every text in the value with the path to it. */
function* texts(value: unknown, path: Key[]): Generator<{ path: Key[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* texts(value[i], [...path, i]);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) yield* texts(v, [...path, k]);
  }
}

/** Missing assumptions from the defaults; what is there (right or wrong) is left to the schema. */
function fillDefaults(a: Record<string, unknown>): Record<string, unknown> {
  const loan = a.defaultLoan;
  return {
    ...DEFAULT_ASSUMPTIONS,
    ...a,
    defaultLoan: isRecord(loan)
      ? { ...DEFAULT_ASSUMPTIONS.defaultLoan, ...loan }
      : (loan ?? DEFAULT_ASSUMPTIONS.defaultLoan),
  };
}

/**
 * Reads a scenario file's text. Throws an AppError ('validation') with one Norwegian message per
 * problem, naming the field («Tiltak 2 (Salg), Pris: må være et tall»), for: text that is not
 * JSON (with line and column), nesting or size beyond the bounds, another format, a newer
 * version, a scenario the API would refuse, and anything that looks like a national id number.
 */
export function parseScenarioFile(content: string): ScenarioFile {
  if (content.length > MAX_SCENARIO_FILE_BYTES) {
    refuse(`filen er større enn ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (!body.trim()) refuse('filen er tom.');
  const problem = findJsonProblem(body, SCENARIO_JSON_LIMITS);
  if (problem) {
    refuse(
      `filen er ikke gyldig JSON: ${problem.reason} (linje ${problem.line}, kolonne ${problem.column}).`,
    );
  }
  const raw: unknown = JSON.parse(body);
  if (!isRecord(raw) || raw.format !== SCENARIO_FILE_FORMAT) {
    refuse(
      `dette er ikke en scenariofil fra Boligplan (mangler "format": "${SCENARIO_FILE_FORMAT}").`,
      'format',
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse('Filversjon: mangler eller er ugyldig.', 'version');
  }
  if (version > SCENARIO_FILE_VERSION) {
    refuse(
      `filen er laget av en nyere versjon av Boligplan (filversjon ${version}; denne versjonen leser ${SCENARIO_FILE_VERSION}). Oppdater Boligplan for å importere den.`,
      'version',
    );
  }
  // Assumptions added after the file was written take their defaults, as older stored
  // scenarios do (register/scenarios.ts): version 1 files stay readable as the scenario grows.
  const scenario = raw.scenario;
  const input =
    isRecord(scenario) && isRecord(scenario.assumptions)
      ? { ...raw, scenario: { ...scenario, assumptions: fillDefaults(scenario.assumptions) } }
      : raw;
  const parsed = fileSchema.safeParse(input, { error: norwegianErrors });
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    for (const { path, message } of flatten(parsed.error.issues, [], raw)) {
      const line = `${filePathLabel(path, raw)}: ${message}`;
      if (seen.has(line)) continue;
      seen.add(line);
      issues.push({ field: path.join('.'), message: line });
    }
    throw refusal(issues);
  }
  const file = parsed.data as ScenarioFile;
  const personal = personalDataIssues(file);
  if (personal.length > 0) throw refusal(personal);
  return file;
}

/**
 * Data minimisation: anything shaped like a national id number in any text of the scenario
 * (name, description, notes, project names), one issue per place.
 */
export function personalDataIssues(parts: {
  scenario: Scenario;
  description?: string;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const root = { description: parts.description, scenario: parts.scenario };
  for (const { path, text: t } of texts(root, [])) {
    if (containsNationalId(t)) {
      issues.push({
        field: path.join('.'),
        message: `${filePathLabel(path, root)}: ser ut som et fødselsnummer – personopplysninger hører ikke hjemme i et scenario`,
      });
    }
  }
  return issues;
}

/** The file's text: stable key order, indented, one trailing newline. */
export function serialiseScenarioFile(parts: {
  scenario: Scenario;
  description?: string;
  homes?: ScenarioFileHome[];
  exportedAt?: string;
}): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    ...(parts.exportedAt ? { exportedAt: parts.exportedAt } : {}),
    ...(parts.description ? { description: parts.description } : {}),
    ...(parts.homes && parts.homes.length > 0 ? { homes: parts.homes } : {}),
    scenario: parts.scenario,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The homes the scenario's actions name, by id (sorted), with their numbers from `unitNo`. */
export function homesNamed(
  scenario: Scenario,
  unitNo: (id: number) => string | undefined,
): ScenarioFileHome[] {
  const ids = [...new Set(scenario.actions.flatMap(namedUnitIds))].sort((a, b) => a - b);
  return ids.flatMap((id) => {
    const no = unitNo(id);
    return no === undefined ? [] : [{ id, unitNo: no }];
  });
}

/**
 * The homes the actions name must be in the target register, and be the same homes: a file
 * from another municipality's register names other homes by the same ids. One message per
 * home, naming action and home.
 */
export function homeIssues(
  file: ScenarioFile,
  registerUnitNo: (id: number) => string | undefined,
): FieldIssue[] {
  const inFile = new Map((file.homes ?? []).map((h) => [h.id, h.unitNo]));
  const issues: FieldIssue[] = [];
  file.scenario.actions.forEach((action, index) => {
    for (const id of new Set(namedUnitIds(action))) {
      const expected = inFile.get(id);
      const actual = registerUnitNo(id);
      const where = `${rawActionTitle(action, index)}, Bolig`;
      const field = `scenario.actions.${index}`;
      if (actual === undefined) {
        const home =
          expected === undefined ? `boligen med id ${id}` : `bolig ${expected} (id ${id})`;
        issues.push({ field, message: `${where}: ${home} finnes ikke i dette registeret` });
      } else if (expected !== undefined && expected.toLowerCase() !== actual.toLowerCase()) {
        issues.push({
          field,
          message: `${where}: id ${id} er bolig ${expected} i filen, men bolig ${actual} i dette registeret`,
        });
      }
    }
  });
  return issues;
}

/** Throws the refusal for these issues (when there are any). */
export function refuseIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw refusal(issues);
}
