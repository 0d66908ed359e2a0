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
import { suggestHandlers } from './optimise/handlers';
import { listAreas, createArea } from '../register/areas';
import { changesFor, listChanges } from '../register/changelog';
import { AppError, toAppError } from '../register/errors';
import { recordVersion } from '../register/revision';
import { findNationalIds, NATIONAL_ID_MESSAGE } from '../domain/privacy';
import {
  createHousehold,
  deleteHousehold,
  getHousehold,
  listHouseholds,
  updateHousehold,
} from '../register/households';
import {
  createGrant,
  createLoan,
  deleteGrant,
  deleteLoan,
  financeOverview,
  getGrant,
  getLoan,
  updateGrant,
  updateLoan,
} from '../register/finance';
import {
  createNeed,
  deleteNeed,
  getNeed,
  listNeeds,
  openNeedsOf,
  updateNeed,
} from '../register/needs';
import { overview, summary } from '../register/overview';
import type { RegisterSession } from '../register/session';
import type { FileTokens, ShellPort } from './shell';
import { getSettings, setCrowdingRule, setSetting } from '../register/settings';
import { crowdingRuleSummary } from '../domain/labels';
import { createTenancy, deleteTenancy, tenancyRows, updateTenancy } from '../register/tenancies';
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from '../register/units';
import { bedroomsNeeded } from '../domain/rules';
import { logChange } from '../register/changelog';
import { importHandlers } from '../import/handlers';
import { loanImportHandlers } from '../import/loans/handlers';
import { exportHandlers } from '../export/handlers';
import { reportHandlers } from '../report/handlers';
import { scenarioFileHandlers } from '../scenarioFile/handlers';
import { followUpHandlers } from './followUpHandlers';
import { kostraHandlers } from './kostraHandlers';
import { koboHandlers } from './koboHandlers';
import { backupHandlers } from './backupHandlers';
import { listWarningsSeen, setWarningSeen } from '../register/warningSeen';
import { planFollowUpHandlers } from './planFollowUpHandlers';
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

/** Methods that change the register: refused while it is open read-only (locked elsewhere). */
export const WRITE_METHODS: readonly ApiMethod[] = [
  'settings.update',
  'areas.create',
  'units.create',
  'units.update',
  'units.delete',
  'households.create',
  'households.update',
  'households.delete',
  'tenancies.create',
  'tenancies.update',
  'tenancies.delete',
  'needs.create',
  'needs.update',
  'needs.delete',
  'import.apply',
  'import.undo',
  'scenarios.create',
  'scenarios.save',
  'scenarios.duplicate',
  'scenarios.delete',
  'scenarios.importFile',
  'warnings.setSeen',
  'loans.create',
  'loans.update',
  'loans.delete',
  'grants.create',
  'grants.update',
  'grants.delete',
  'loanImport.apply',
  'loanImport.undo',
  'needs.setStatus',
  'needs.link',
  'followUp.set',
  'kostra.save',
  'kobo.importHomes',
  'backups.restore',
  'planFollowUp.adopt',
  'planFollowUp.unadopt',
  'stockEvents.create',
  'stockEvents.delete',
  'units.createWithArrival',
  'units.deleteWithReason',
];

export function createHandlers(ctx: HandlerContext): Handlers {
  const handlers = createHandlerMap(ctx);
  for (const method of WRITE_METHODS) {
    const handler = handlers[method] as (input: never) => unknown;
    (handlers as Record<string, unknown>)[method] = (input: never) => {
      ctx.session.assertWritable();
      return handler(input);
    };
  }
  return handlers;
}

function createHandlerMap(ctx: HandlerContext): Handlers {
  const { session } = ctx;
  const db = () => session.db;
  const now = () => session.clock.now();
  const today = () => session.clock.today();
  return {
    'register.info': () => session.info(),
    'register.openAnyway': () => {
      session.openAnyway();
      return session.info();
    },
    'register.summary': () => summary(db(), today()),
    'overview.get': () => overview(db(), today()),
    'settings.get': () => getSettings(db()),
    'settings.update': ({ municipality, crowdingRule }) =>
      db().transaction(() => {
        setSetting(db(), 'municipality', municipality);
        logChange(db(), now(), 'settings', 0, 'update', `Kommunenavn: ${municipality}`);
        if (crowdingRule) {
          setCrowdingRule(db(), crowdingRule);
          logChange(db(), now(), 'settings', 0, 'update', crowdingRuleSummary(crowdingRule));
        }
        return getSettings(db());
      })(),

    'areas.list': () => listAreas(db()),
    'areas.create': ({ name }) => createArea(db(), name, now()),

    'units.list': (q) => listUnits(db(), q),
    'units.get': ({ id }) => ({
      unit: getUnit(db(), id),
      version: recordVersion(db(), 'unit', id),
      tenancies: tenancyRows(db(), 'unit', id),
      changes: changesFor(db(), 'unit', id),
      finance: financeOverview(db(), today(), id),
    }),
    'units.create': (u) => createUnit(db(), u, now()),
    'units.update': ({ id, unit, version }) => updateUnit(db(), id, unit, now(), version),
    'units.delete': ({ id }) => deleteUnit(db(), id, now()),

    'households.list': (q) => listHouseholds(db(), q, today()),
    'households.get': ({ id }) => {
      const household = getHousehold(db(), id);
      const tenancies = tenancyRows(db(), 'household', id);
      return {
        household,
        version: recordVersion(db(), 'household', id),
        tenancies,
        bedroomsNeeded: bedroomsNeeded(household),
        contractExpired: tenancies.some(
          (t) => t.movedOut === null && t.end !== null && t.end < today(),
        ),
        openNeeds: openNeedsOf(db(), id),
        changes: changesFor(db(), 'household', id),
      };
    },
    'households.create': (h) => createHousehold(db(), h, now()),
    'households.update': ({ id, household, version }) =>
      updateHousehold(db(), id, household, now(), version),
    'households.delete': ({ id }) => deleteHousehold(db(), id, now()),

    'tenancies.create': (t) => createTenancy(db(), t, now()),
    'tenancies.update': ({ id, ...t }) => updateTenancy(db(), id, t, now()),
    'tenancies.delete': ({ id }) => deleteTenancy(db(), id, now()),

    'needs.list': (q) => listNeeds(db(), q),
    'needs.get': ({ id }) => ({ ...getNeed(db(), id), version: recordVersion(db(), 'need', id) }),
    'needs.create': (n) => createNeed(db(), n, now()),
    'needs.update': ({ id, need, version }) => updateNeed(db(), id, need, now(), version),
    'needs.delete': ({ id }) => deleteNeed(db(), id, now()),

    'finance.overview': () => financeOverview(db(), today()),
    'loans.get': ({ id }) => getLoan(db(), id),
    'loans.create': (l) => createLoan(db(), l, now()),
    'loans.update': ({ id, loan }) => updateLoan(db(), id, loan, now()),
    'loans.delete': ({ id }) => deleteLoan(db(), id, now()),
    'grants.get': ({ id }) => getGrant(db(), id),
    'grants.create': (g) => createGrant(db(), g, now()),
    'grants.update': ({ id, grant }) => updateGrant(db(), id, grant, now()),
    'grants.delete': ({ id }) => deleteGrant(db(), id, now()),

    'changes.list': (q) => listChanges(db(), q),

    ...importHandlers(ctx),
    ...loanImportHandlers(ctx),

    'plan.snapshot': () => registerSnapshot(db(), today()),
    'plan.revision': () => ({ revision: snapshotRevision(db(), today()) }),
    'scenarios.list': () => listScenarios(db()),
    'scenarios.get': ({ id }) => getScenario(db(), id),
    'scenarios.create': ({ scenario, description }) =>
      createScenario(db(), scenario, description ?? '', now()),
    'scenarios.save': ({ id, scenario, description, version }) =>
      saveScenario(db(), id, scenario, description, now(), version),
    'scenarios.duplicate': ({ id, name }) => {
      const source = getScenario(db(), id);
      return createScenario(db(), { ...source.scenario, name }, source.description, now());
    },
    'scenarios.delete': ({ id }) => deleteScenario(db(), id, now()),
    'warnings.listSeen': ({ scenarioId }) => listWarningsSeen(db(), scenarioId),
    'warnings.setSeen': (f) => setWarningSeen(db(), f, now()),
    ...scenarioFileHandlers(ctx),
    ...suggestHandlers(ctx),

    ...exportHandlers(ctx),
    ...reportHandlers(ctx),
    ...followUpHandlers(ctx),
    ...kostraHandlers(ctx),
    ...planFollowUpHandlers(ctx),
    ...koboHandlers(ctx),
    ...backupHandlers(ctx),
  };
}

/** The label the planner sees for a field path, e.g. «Tiltak 3, Rente». Never a raw key. */
export function labelForPath(path: readonly (string | number)[]): string {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  const label = Object.prototype.hasOwnProperty.call(FIELD_LABEL, name)
    ? FIELD_LABEL[name]!
    : 'Verdi';
  const action = path.indexOf('actions');
  const n = action >= 0 ? path[action + 1] : undefined;
  if (typeof n === 'number' && name !== 'actions') return `Tiltak ${n + 1}, ${label}`;
  return label;
}

/** Turns zod issues into field issues whose message names the field in Norwegian. */
export function toFieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    return { field: path.join('.'), message: `${labelForPath(path)}: ${issue.message}` };
  });
}

/** Payload keys that are not free text (file tokens, checksums): not checked for ids. */
const NOT_TEXT = new Set(['token', 'checksum', 'path']);

/**
 * The personal-data check for every text field of every method, before anything else: a
 * national id number anywhere in a payload (a name, an address, a note, an action's note) is
 * refused with the field named. Normalised first (zero-width characters, fullwidth digits).
 */
export function personalDataIssues(input: unknown): FieldIssue[] {
  return findNationalIds(input, NOT_TEXT).map(({ path }) => ({
    field: path.join('.'),
    message: `${labelForPath(path)}: ${NATIONAL_ID_MESSAGE}`,
  }));
}

function errorBody(e: unknown): ApiErrorBody {
  if (e instanceof AppError) return { code: e.code, message: e.message, issues: e.issues };
  if (e instanceof ZodError) {
    const issues = toFieldIssues(e);
    return { code: 'validation', message: issues.map((i) => i.message).join('\n'), issues };
  }
  const known = toAppError(e);
  // Library text stays in the log for IT staff; the planner gets the Norwegian message.
  if (known.code === 'internal') console.error(e);
  return { code: known.code, message: known.message, issues: [] };
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
  const personal = personalDataIssues(input);
  if (personal.length > 0) {
    return {
      ok: false,
      error: {
        code: 'validation',
        message: personal.map((i) => i.message).join('\n'),
        issues: personal,
      },
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
