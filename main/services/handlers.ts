// The handler map: one function per API method, typed from the contract. Registered on IPC
// by the Electron shell and on HTTP by the test host, so both exercise the same code.
import { ZodError } from 'zod';
import {
  contract,
  isApiMethod,
  type ApiErrorBody,
  type ApiMethod,
  type ApiOutput,
  type ApiParsed,
  type ApiResult,
  type FieldIssue,
} from '../contract/api';
import { FIELD_LABEL } from '../contract/fields';
import { listAreas, createArea } from '../register/areas';
import { changesFor, listChanges } from '../register/changelog';
import { AppError } from '../register/errors';
import {
  createHousehold,
  deleteHousehold,
  getHousehold,
  listHouseholds,
  updateHousehold,
} from '../register/households';
import { createNeed, deleteNeed, getNeed, listNeeds, updateNeed } from '../register/needs';
import { overview, summary } from '../register/overview';
import type { RegisterSession } from '../register/session';
import type { FileTokens, ShellPort } from './shell';
import { getSettings, setSetting } from '../register/settings';
import { createTenancy, deleteTenancy, tenancyRows, updateTenancy } from '../register/tenancies';
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from '../register/units';
import { bedroomsNeeded } from '../domain/rules';
import { logChange } from '../register/changelog';
import { importHandlers } from '../import/handlers';
import { exportHandlers } from '../export/handlers';
import { backupHandlers } from './backupHandlers';
import { registerSnapshot, snapshotRevision } from '../register/snapshot';
import {
  createScenario,
  deleteScenario,
  getScenario,
  listScenarios,
  saveScenario,
} from '../register/scenarios';

export type Handlers = {
  [K in ApiMethod]: (input: ApiParsed<K>) => ApiOutput<K> | Promise<ApiOutput<K>>;
};

/** What the handlers work with: the open register and the desktop shell's dialogs. */
export interface HandlerContext {
  session: RegisterSession;
  shell: ShellPort;
  files: FileTokens;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { session } = ctx;
  const db = () => session.db;
  const now = () => session.clock.now();
  const today = () => session.clock.today();
  return {
    'register.info': () => session.info(),
    'register.summary': () => summary(db()),
    'overview.get': () => overview(db(), today()),
    'settings.get': () => getSettings(db()),
    'settings.update': ({ municipality }) =>
      db().transaction(() => {
        setSetting(db(), 'municipality', municipality);
        logChange(db(), now(), 'settings', 0, 'update', `Kommunenavn: ${municipality}`);
        return getSettings(db());
      })(),

    'areas.list': () => listAreas(db()),
    'areas.create': ({ name }) => createArea(db(), name, now()),

    'units.list': (q) => listUnits(db(), q),
    'units.get': ({ id }) => ({
      unit: getUnit(db(), id),
      tenancies: tenancyRows(db(), 'unit', id),
      changes: changesFor(db(), 'unit', id),
    }),
    'units.create': (u) => createUnit(db(), u, now()),
    'units.update': ({ id, unit }) => updateUnit(db(), id, unit, now()),
    'units.delete': ({ id }) => deleteUnit(db(), id, now()),

    'households.list': (q) => listHouseholds(db(), q, today()),
    'households.get': ({ id }) => {
      const household = getHousehold(db(), id);
      const tenancies = tenancyRows(db(), 'household', id);
      return {
        household,
        tenancies,
        bedroomsNeeded: bedroomsNeeded(household),
        contractExpired: tenancies.some(
          (t) => t.movedOut === null && t.end !== null && t.end < today(),
        ),
        changes: changesFor(db(), 'household', id),
      };
    },
    'households.create': (h) => createHousehold(db(), h, now()),
    'households.update': ({ id, household }) => updateHousehold(db(), id, household, now()),
    'households.delete': ({ id }) => deleteHousehold(db(), id, now()),

    'tenancies.create': (t) => createTenancy(db(), t, now()),
    'tenancies.update': ({ id, ...t }) => updateTenancy(db(), id, t, now()),
    'tenancies.delete': ({ id }) => deleteTenancy(db(), id, now()),

    'needs.list': (q) => listNeeds(db(), q),
    'needs.get': ({ id }) => getNeed(db(), id),
    'needs.create': (n) => createNeed(db(), n, now()),
    'needs.update': ({ id, need }) => updateNeed(db(), id, need, now()),
    'needs.delete': ({ id }) => deleteNeed(db(), id, now()),

    'changes.list': (q) => listChanges(db(), q),

    ...importHandlers(ctx),

    'plan.snapshot': () => registerSnapshot(db(), today()),
    'plan.revision': () => ({ revision: snapshotRevision(db(), today()) }),
    'scenarios.list': () => listScenarios(db()),
    'scenarios.get': ({ id }) => getScenario(db(), id),
    'scenarios.create': ({ scenario, description }) =>
      createScenario(db(), scenario, description ?? '', now()),
    'scenarios.save': ({ id, scenario, description }) =>
      saveScenario(db(), id, scenario, description, now()),
    'scenarios.duplicate': ({ id, name }) => {
      const source = getScenario(db(), id);
      return createScenario(db(), { ...source.scenario, name }, source.description, now());
    },
    'scenarios.delete': ({ id }) => deleteScenario(db(), id, now()),

    ...exportHandlers(ctx),
    ...backupHandlers(ctx),
  };
}

/** Turns zod issues into field issues whose message names the field in Norwegian. */
export function toFieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    const name = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
    const label = FIELD_LABEL[name] ?? (name || 'Verdi');
    return { field: path.join('.'), message: `${label}: ${issue.message}` };
  });
}

function errorBody(e: unknown): ApiErrorBody {
  if (e instanceof AppError) return { code: e.code, message: e.message, issues: e.issues };
  if (e instanceof ZodError) {
    const issues = toFieldIssues(e);
    return { code: 'validation', message: issues.map((i) => i.message).join('\n'), issues };
  }
  console.error(e);
  return {
    code: 'internal',
    message: `Uventet feil: ${(e as Error)?.message ?? String(e)}. Ingenting ble lagret.`,
    issues: [],
  };
}

/**
 * Validates the method name and the payload, runs the handler and wraps the outcome.
 * Never throws: a bad payload is an error result, not a crash or a partial write.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `Ukjent funksjon: ${String(method)}`, issues: [] },
    };
  }
  try {
    const parsed = contract[method].input.parse(input) as never;
    const handler = handlers[method] as (input: never) => unknown;
    return { ok: true, value: await handler(parsed) };
  } catch (e) {
    return { ok: false, error: errorBody(e) };
  }
}
