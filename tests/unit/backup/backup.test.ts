// Backups and recovery against real files: the online backup API, the rolling policy over a
// simulated year, a damaged register at start, and restoring while the app runs.
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, createBackup, listBackups } from '../../../main/register/backup';
import { startRegister, restoreDamaged } from '../../../main/register/recovery';
import { createScenario, newScenario } from '../../../main/register/scenarios';
import { fixedClock, type RegisterSession } from '../../../main/register/session';
import type { Db } from '../../../main/register/db';
import { openTestRegister, tempDir, TODAY, unitInput } from '../helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function scratch(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'boligplan.sqlite');
}

/** What a planner would miss if it were lost: every home and every scenario, in full. */
function contents(db: Db) {
  return {
    units: db.prepare('SELECT * FROM unit ORDER BY id').all(),
    households: db.prepare('SELECT * FROM household ORDER BY id').all(),
    scenarios: db.prepare('SELECT * FROM scenario ORDER BY id').all(),
  };
}

async function opened(path: string, today = TODAY, sample = true): Promise<RegisterSession> {
  const r = await startRegister(path, fixedClock(today), { sample });
  if (r.kind !== 'opened') throw new Error(r.message);
  return r.session;
}

describe('backup at start', () => {
  it('creates the register and a backup of it in the visible backup folder', async () => {
    const path = scratch();
    const r = await startRegister(path, fixedClock(TODAY), { sample: true });
    expect(r.kind).toBe('opened');
    if (r.kind !== 'opened') return;
    expect(r.backupProblem).toBeNull();
    expect(backupFolder(path)).toBe(join(path, '..', 'Sikkerhetskopier'));
    expect(readdirSync(backupFolder(path))).toEqual(['boligplan_2026-11-25_12-00-00_auto.sqlite']);
    const units = (r.session.db.prepare('SELECT count(*) AS n FROM unit').get() as { n: number }).n;
    expect(units).toBeGreaterThan(100);
    expect(r.backup?.preview).toMatchObject({
      municipality: 'Fjordvik kommune (fiktiv)',
      units,
      scenarios: 2, // the sample's adopted plan and its alternative (issue 13.3)
    });
    r.session.close();
  });

  it('includes changes still in the write-ahead log (online backup, not a file copy)', async () => {
    const t = openTestRegister();
    cleanups.push(t.close);
    await t.api.ok('units.create', unitInput());
    expect(existsSync(`${t.path}-wal`)).toBe(true);
    // A plain copy of the main file alone would miss the home; the backup API does not.
    const b = await createBackup(t.db(), t.path, 'manuell', '2026-11-25T13:00:00.000Z');
    expect(b.preview?.units).toBe(1);
    expect(b.kind).toBe('manuell');
  });

  it('keeps the rolling policy’s files over a simulated year of daily starts', async () => {
    const path = scratch();
    const start = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 365; i++) {
      const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
      const s = await opened(path, day, false);
      if (day === '2026-06-15') {
        await createBackup(s.db, path, 'manuell', `${day}T14:00:00.000Z`);
      }
      s.close();
    }
    const files = readdirSync(backupFolder(path)).sort();
    // 20 automatic ones (see policy.test.ts for the hand count) and the manual one, never pruned.
    expect(files.filter((f) => f.endsWith('_auto.sqlite')).map((f) => f.slice(10, 20))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-13',
      '2026-12-20',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
    expect(files.filter((f) => !f.endsWith('_auto.sqlite'))).toEqual([
      'boligplan_2026-06-15_14-00-00_manuell.sqlite',
    ]);
  }, 120_000);
});

describe('a damaged register at start', () => {
  it('is not opened; the newest good backup is offered and restoring it loses nothing in it', async () => {
    const path = scratch();
    let s = await opened(path, '2026-11-24');
    s.close();
    // The next day: a scenario is added, the app restarts (backup), then the file is damaged.
    s = await opened(path, '2026-11-25');
    createScenario(s.db, newScenario('Kjøp 10', TODAY), '', `${TODAY}T12:00:00.000Z`);
    const before = contents(s.db);
    s.close();
    s = await opened(path, '2026-11-26');
    s.close();
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 3));

    const r = await startRegister(path, fixedClock('2026-11-27'), { sample: true });
    expect(r.kind).toBe('damaged');
    if (r.kind !== 'damaged') return;
    expect(r.message).toMatch(/^Registerfilen .* er skadet og kan ikke brukes/);
    expect(r.newestGood?.file).toBe('boligplan_2026-11-26_12-00-00_auto.sqlite');
    expect(r.newestGood?.preview).toMatchObject({
      units: before.units.length,
      households: before.households.length,
      scenarios: 3, // one saved here and the sample's two (issue 13.3)
    });
    // No backup was taken of the damaged file, and nothing was pruned.
    expect(readdirSync(backupFolder(path))).toHaveLength(3);

    const restored = restoreDamaged(path, r.newestGood!.file, fixedClock('2026-11-27'));
    expect(contents(restored.db)).toEqual(before);
    restored.close();
    // The damaged file is kept beside it, untouched.
    const aside = readdirSync(join(path, '..')).filter((f) =>
      f.endsWith('.erstattet-2026-11-27T12-00-00'),
    );
    expect(aside).toEqual(['boligplan.sqlite.erstattet-2026-11-27T12-00-00']);
    expect(readFileSync(join(path, '..', aside[0]!)).length).toBe(Math.floor(size / 3));
  });

  it('reports no backup when there is none, and a file that is not SQLite at all', async () => {
    const path = scratch();
    writeFileSync(path, 'dette er ikke en database'.repeat(200));
    const r = await startRegister(path, fixedClock(TODAY));
    expect(r).toMatchObject({ kind: 'damaged', newestGood: null });
    if (r.kind === 'damaged') expect(r.message).toMatch(/ikke en SQLite-database/);
  });

  it('skips a damaged backup and offers the newest good one', async () => {
    const path = scratch();
    (await opened(path, '2026-11-24')).close();
    (await opened(path, '2026-11-25')).close();
    truncateSync(join(backupFolder(path), 'boligplan_2026-11-25_12-00-00_auto.sqlite'), 4096);
    truncateSync(path, 4096);
    const r = await startRegister(path, fixedClock('2026-11-26'));
    expect(r.kind === 'damaged' && r.newestGood?.file).toBe(
      'boligplan_2026-11-24_12-00-00_auto.sqlite',
    );
  });
});

describe('restoring while the app runs (API)', () => {
  it('lists, previews and restores a backup; the state before is kept as its own backup', async () => {
    const t = openTestRegister({ sample: true });
    cleanups.push(t.close);
    const made = await t.api.ok('backups.create', {});
    expect(made.kind).toBe('manuell');
    const unitsBefore = made.preview!.units;
    const added = await t.api.ok('units.create', unitInput({ unitNo: 'NY-1' }));

    const list = await t.api.ok('backups.list', {});
    expect(list.folder).toBe(backupFolder(t.path));
    expect(list.backups.map((b) => b.file)).toEqual([made.file]);

    const safety = await t.api.ok('backups.restore', { file: made.file });
    expect(safety.kind).toBe('gjenoppretting');
    expect(safety.preview?.units).toBe(unitsBefore + 1);
    expect((await t.api.ok('register.summary', {})).units.total).toBe(unitsBefore);
    expect((await t.api.call('units.get', { id: added.id })).ok).toBe(false);
    // Nothing is left beside the register: the safety backup holds the replaced state.
    expect(readdirSync(t.dir).filter((f) => f.includes('erstattet'))).toEqual([]);
    expect(listBackups(t.path)).toHaveLength(2);
  });

  it('refuses a damaged backup and a name that is not a backup, and changes nothing', async () => {
    const t = openTestRegister({ sample: true });
    cleanups.push(t.close);
    const made = await t.api.ok('backups.create', {});
    truncateSync(join(backupFolder(t.path), made.file), 2048);
    const units = (await t.api.ok('register.summary', {})).units.total;
    const r = await t.api.call('backups.restore', { file: made.file });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/er skadet .* Registeret er ikke endret/);
    const hostile = await t.api.call('backups.restore', { file: '../register.sqlite' });
    expect(hostile.ok).toBe(false);
    const unknown = await t.api.call('backups.restore', { file: 'annet.sqlite' });
    expect(unknown.ok || unknown.error.message).toBe('Fant ikke sikkerhetskopien annet.sqlite.');
    expect((await t.api.ok('register.summary', {})).units.total).toBe(units);
  });
});
