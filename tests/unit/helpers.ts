// Shared set-up for unit tests: a fresh register in a temporary folder, with the real handlers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../main/contract/api';
import { fixedClock, RegisterSession, type CreateOptions } from '../../main/register/session';
import { createHandlers, dispatch } from '../../main/services/handlers';
import type { Db } from '../../main/register/db';
import { FileTokens } from '../../main/services/shell';
import { FakeShell } from '../host/fakeShell';

export const TODAY = '2026-11-25';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTestRegister(options: CreateOptions = {}) {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'register.sqlite');
  const session = RegisterSession.openOrCreate(path, fixedClock(TODAY), options);
  const shell = new FakeShell();
  const handlers = createHandlers({ session, shell, files: new FileTokens() });
  const api = {
    /** Calls a method through validation, like the renderer does. */
    call: <K extends ApiMethod>(method: K, input: ApiInput<K>) =>
      dispatch(handlers, method, input) as Promise<ApiResult<ApiOutput<K>>>,
    /** Calls and expects success. */
    ok: async <K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
      const r = (await dispatch(handlers, method, input)) as ApiResult<ApiOutput<K>>;
      if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
      return r.value;
    },
  };
  return {
    dir,
    path,
    session,
    shell,
    api,
    db: () => session.db,
    close: () => {
      session.close();
      cleanup();
    },
  };
}

/** A valid home, to vary in tests. */
export function unitInput(overrides: Record<string, unknown> = {}) {
  return {
    unitNo: 'T-001',
    address: 'Testveien 1',
    areaId: null,
    buildingType: 'leilighet',
    tenure: 'eid',
    leaseEnd: null,
    ownerRentMonthly: null,
    bedrooms: 2,
    rooms: 3,
    areaM2: 62.5,
    floor: 2,
    wheelchairAccessible: false,
    universalDesign: false,
    staffed: false,
    targetGroup: null,
    condition: 1,
    maintenanceBacklog: 25_000,
    rentMonthly: 9_500,
    marketRentMonthly: 11_000,
    bookValue: 2_400_000,
    status: 'ledig',
    note: '',
    ...overrides,
  } as ApiInput<'units.create'>;
}

export function householdInput(overrides: Record<string, unknown> = {}) {
  return {
    ref: 'H-T001',
    adults: 2,
    couple: true,
    childAges: [4, 7, 12],
    incomeSource: 'arbeid',
    targetGroup: 'barnefamilier',
    followUp: 'lav',
    careerPath: 'startlan',
    arrears: false,
    note: '',
    ...overrides,
  } as ApiInput<'households.create'>;
}

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'soker',
    ref: 'S-T001',
    targetGroup: 'barnefamilier',
    households: 1,
    householdSize: 5,
    bedrooms: 3,
    wheelchair: false,
    staffed: false,
    urgency: 'hoy',
    registered: '2026-10-01',
    expectedYear: 2027,
    note: '',
    ...overrides,
  } as ApiInput<'needs.create'>;
}

export function countRows(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
