// Two writers on one register: the register lock (a second app or command line opens
// read-only and says who holds it), no lost update between planning and applying an import or
// between reading and saving a form, and a busy register answered in Norwegian.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../main/cli/index';
import { applyImport, loadSource } from '../../main/import/service';
import { logChange } from '../../main/register/changelog';
import { openDatabase, type Db } from '../../main/register/db';
import { lockPathFor, readLock } from '../../main/register/lock';
import { STALE_MESSAGE } from '../../main/register/revision';
import { newScenario } from '../../main/register/scenarios';
import { fixedClock, RegisterSession } from '../../main/register/session';
import { createHandlers, dispatch } from '../../main/services/handlers';
import { FileTokens } from '../../main/services/shell';
import { FakeShell } from '../host/fakeShell';
import { TODAY, unitInput } from './helpers';
import { closedAfterEach, fixture, registerContent } from './import/base';

const { base } = closedAfterEach();

/** A second connection to the same file, as another process would have. */
function otherWriter(path: string): Db {
  return openDatabase(path, { create: false });
}

function unitIdByNo(db: Db, unitNo: string): number {
  return (db.prepare('SELECT id FROM unit WHERE unit_no = ?').get(unitNo) as { id: number }).id;
}

const rentOf = (db: Db, unitNo: string) =>
  (db.prepare('SELECT rent_monthly AS r FROM unit WHERE unit_no = ?').get(unitNo) as { r: number })
    .r;

const backupsNextTo = (path: string) =>
  readdirSync(dirname(path)).filter((f) => f.includes('.for-import-'));

describe('no lost update', () => {
  it('refuses an import when another process committed between planning and applying', async () => {
    const reg = base();
    const other = otherWriter(reg.path);
    const id = unitIdByNo(reg.db(), 'B-001');
    await expect(
      applyImport(reg.db(), reg.path, loadSource(fixture('survey-2026-libreoffice.xlsx')), {
        today: TODAY,
        now: `${TODAY}T12:00:00.000Z`,
        confirmWarnings: true,
        hooks: {
          // The other program changes B-001's rent after the import planned against it.
          beforeWrite: () => {
            other.transaction(() => {
              other.prepare('UPDATE unit SET rent_monthly = 12345 WHERE id = ?').run(id);
              logChange(other, `${TODAY}T12:00:01.000Z`, 'unit', id, 'update', 'Månedsleie');
            })();
          },
        },
      }),
    ).rejects.toThrow(STALE_MESSAGE);
    // The other program's change is kept, the import wrote nothing, and no backup is left.
    expect(rentOf(reg.db(), 'B-001')).toBe(12345);
    expect(reg.db().prepare('SELECT count(*) AS n FROM import_run').get()).toEqual({ n: 0 });
    expect(backupsNextTo(reg.path)).toEqual([]);
    other.close();
  });

  it('refuses to apply a preview when the register changed after the planner saw it', async () => {
    const reg = base();
    reg.shell.openQueue.push(fixture('survey-2026-libreoffice.xlsx'));
    const picked = await reg.api.ok('import.chooseFile', {});
    const preview = await reg.api.ok('import.preview', { token: picked!.token });
    const id = unitIdByNo(reg.db(), 'B-001');
    const detail = await reg.api.ok('units.get', { id });
    await reg.api.ok('units.update', {
      id,
      unit: { ...detail.unit, rentMonthly: 11_111 } as never,
    });
    const before = registerContent(reg.db());
    const r = await reg.api.call('import.apply', {
      token: picked!.token,
      confirmWarnings: true,
      checksum: preview.checksum,
      revision: preview.revision,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(STALE_MESSAGE);
    expect(registerContent(reg.db())).toEqual(before);
    expect(backupsNextTo(reg.path)).toEqual([]);
  });

  it('refuses to save a form when the record was changed by someone else after it was read', async () => {
    const reg = base();
    const id = unitIdByNo(reg.db(), 'B-001');
    const read = await reg.api.ok('units.get', { id });
    // Someone else saves first …
    await reg.api.ok('units.update', {
      id,
      unit: { ...read.unit, rentMonthly: 10_100 } as never,
      version: read.version,
    });
    // … then this form saves what it read: refused, the other change kept.
    const late = await reg.api.call('units.update', {
      id,
      unit: { ...read.unit, note: 'Ny merknad' } as never,
      version: read.version,
    });
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.error.code).toBe('conflict');
      expect(late.error.message).toBe(STALE_MESSAGE);
    }
    expect(rentOf(reg.db(), 'B-001')).toBe(10_100);
    // Reading again gives the new version, and then the save goes through.
    const fresh = await reg.api.ok('units.get', { id });
    expect(fresh.version).toBeGreaterThan(read.version);
    await reg.api.ok('units.update', {
      id,
      unit: { ...fresh.unit, note: 'Ny merknad' } as never,
      version: fresh.version,
    });
  });

  it('does the same for households and needs', async () => {
    const reg = base();
    const h = (await reg.api.ok('households.list', {})).rows[0]!;
    const hRead = await reg.api.ok('households.get', { id: h.id });
    const { id: _hid, ...household } = hRead.household;
    await reg.api.ok('households.update', { id: h.id, household: { ...household, note: 'a' } });
    const hLate = await reg.api.call('households.update', {
      id: h.id,
      household: { ...household, note: 'b' },
      version: hRead.version,
    });
    expect(hLate.ok ? '' : hLate.error.message).toBe(STALE_MESSAGE);

    const need = await reg.api.ok('needs.create', {
      kind: 'soker',
      ref: 'S-77',
      targetGroup: 'barnefamilier',
      households: 1,
      householdSize: 3,
      bedrooms: 2,
      wheelchair: false,
      staffed: false,
      urgency: 'normal',
      registered: TODAY,
      expectedYear: 2027,
      note: '',
    });
    const nRead = await reg.api.ok('needs.get', { id: need.id });
    const { id: _nid, version: nVersion, ...needFields } = nRead;
    await reg.api.ok('needs.update', { id: need.id, need: { ...needFields, householdSize: 4 } });
    const nLate = await reg.api.call('needs.update', {
      id: need.id,
      need: { ...needFields, householdSize: 5 },
      version: nVersion,
    });
    expect(nLate.ok ? '' : nLate.error.message).toBe(STALE_MESSAGE);
  });

  it('refuses to save a scenario over a save made after the editor read it', async () => {
    const reg = base();
    const first = await reg.api.ok('scenarios.create', {
      scenario: newScenario('Økonomiplan', TODAY),
    });
    const read = await reg.api.ok('scenarios.get', { id: first.id });
    // Another window saves a new description of the plan first …
    const other = await reg.api.ok('scenarios.save', {
      id: first.id,
      scenario: { ...read.scenario, years: read.scenario.years === 4 ? 5 : 4 },
      version: read.version,
    });
    expect(other.version).toBeGreaterThan(read.version);
    // … so the editor that read the old version is told to reload, and nothing changes.
    const late = await reg.api.call('scenarios.save', {
      id: first.id,
      scenario: { ...read.scenario, name: `${read.scenario.name} (min)` },
      version: read.version,
    });
    expect(late.ok ? '' : late.error.message).toBe(STALE_MESSAGE);
    const after = await reg.api.ok('scenarios.get', { id: first.id });
    expect(after.scenario).toEqual(other.scenario);
  });
});

function lockedSession(path: string, program = 'app') {
  const session = new RegisterSession(path, fixedClock(TODAY), { lock: program });
  const handlers = createHandlers({ session, shell: new FakeShell(), files: new FileTokens() });
  return {
    session,
    call: (method: string, input: unknown) => dispatch(handlers, method, input),
  };
}

describe('the register lock', () => {
  it('opens a register held by another program read-only, says who holds it, and releases it on close', async () => {
    const reg = base();
    reg.session.close(); // reopen the test register with a lock, as the app does
    const first = lockedSession(reg.path);
    const holder = readLock(lockPathFor(reg.path));
    expect(holder).toMatchObject({ host: hostname(), pid: process.pid, program: 'app' });

    // This process is the lock's owner, so a second session here must see someone else's lock.
    writeFileSync(
      lockPathFor(reg.path),
      JSON.stringify({ ...holder, user: 'kari', host: 'PC-17', at: new Date().toISOString() }),
    );
    const second = lockedSession(reg.path);
    const info = (await second.call('register.info', {})) as {
      ok: true;
      value: { readOnly: { message: string; canOpenAnyway: boolean } };
    };
    expect(info.value.readOnly.message).toMatch(
      /^Registeret er åpent hos kari på PC-17 siden \d\d\.\d\d\.\d{4} kl\. /,
    );
    expect(info.value.readOnly.canOpenAnyway).toBe(false);
    // It can be read …
    expect((await second.call('register.summary', {})).ok).toBe(true);
    // … but not changed, and the message says why.
    const before = registerContent(second.session.db);
    const write = await second.call('units.create', unitInput());
    expect(write.ok).toBe(false);
    if (!write.ok) expect(write.error.message).toMatch(/kari på PC-17.*Ingenting er endret\.$/s);
    expect(registerContent(second.session.db)).toEqual(before);
    // A live lock is never taken over.
    expect((await second.call('register.openAnyway', {})).ok).toBe(false);
    second.session.close();
    first.session.close();
  });

  it('recognises a stale lock after a crash and opens anyway only when asked', async () => {
    const reg = base();
    reg.session.close();
    // A lock from a process on this machine that no longer runs.
    writeFileSync(
      lockPathFor(reg.path),
      JSON.stringify({
        user: 'ola',
        host: hostname(),
        pid: 2 ** 22 + 7,
        at: '2026-11-24T08:00:00Z',
      }),
    );
    const s = lockedSession(reg.path);
    const info = (await s.call('register.info', {})) as {
      ok: true;
      value: { readOnly: { message: string; canOpenAnyway: boolean } | null };
    };
    expect(info.value.readOnly?.canOpenAnyway).toBe(true);
    expect(info.value.readOnly?.message).toContain('ser ut til å ha krasjet');
    expect((await s.call('units.create', unitInput())).ok).toBe(false);
    const opened = (await s.call('register.openAnyway', {})) as {
      ok: true;
      value: { readOnly: unknown };
    };
    expect(opened.value.readOnly).toBeNull();
    expect(readLock(lockPathFor(reg.path))?.pid).toBe(process.pid);
    expect((await s.call('units.create', unitInput())).ok).toBe(true);
    s.session.close();
    expect(existsSync(lockPathFor(reg.path))).toBe(false);
  });

  it('the command line refuses to import into a register the app has open, naming who', async () => {
    const reg = base();
    reg.session.close();
    writeFileSync(
      lockPathFor(reg.path),
      JSON.stringify({ user: 'kari', host: 'PC-17', pid: 1, at: new Date().toISOString() }),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(
      [
        'import-survey',
        fixture('survey-2026-libreoffice.xlsx'),
        '--db',
        reg.path,
        '--confirm-warnings',
      ],
      { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Registeret er åpent hos kari på PC-17');
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, applied: false });
  });
});

describe('a busy register', () => {
  it('answers a write with a Norwegian message (no library text, no stack) and changes nothing', async () => {
    const reg = base();
    const other = otherWriter(reg.path);
    other.prepare('BEGIN IMMEDIATE').run(); // another program holds the write lock
    try {
      const r = await reg.api.call('units.create', unitInput());
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(/^Registeret er opptatt/);
        expect(r.error.message).not.toMatch(/Sqlite|SQLITE|database is locked|\n\s+at /);
      }
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect((await reg.api.call('units.create', unitInput())).ok).toBe(true);
  });

  it('the command line says the same, without a stack trace', async () => {
    const reg = base();
    const other = otherWriter(reg.path);
    other.prepare('BEGIN IMMEDIATE').run();
    const err: string[] = [];
    try {
      reg.session.close();
      const code = await run(
        [
          'import-survey',
          fixture('survey-2026-libreoffice.xlsx'),
          '--db',
          reg.path,
          '--confirm-warnings',
        ],
        { stdout: () => {}, stderr: (s) => err.push(s) },
      );
      expect(code).toBe(1);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(err.join('\n')).toMatch(/Registeret er opptatt/);
    expect(err.join('\n')).not.toMatch(/SqliteError|node_modules|\.ts:\d+/);
    expect(backupsNextTo(reg.path)).toEqual([]);
  });
});
