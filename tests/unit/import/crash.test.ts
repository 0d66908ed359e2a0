// A crash in the middle of applying (the process killed with SIGKILL inside the transaction,
// after half of the homes were written) leaves the register exactly as it was, and intact.
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/register/db';
import { surveyRowsFromRegister } from '../../../main/import/service';
import { buildSurveyWorkbook } from '../../../main/import/template';
import { RegisterSession, createRegister, fixedClock } from '../../../main/register/session';
import { TODAY, tempDir } from '../helpers';
import { dumpTables } from './base';

let cleanup = () => {};
afterEach(() => cleanup());

const TSX = join(__dirname, '../../../node_modules/.bin/tsx');
const CHILD = join(__dirname, 'crashChild.ts');

function runUntilMidway(
  register: string,
  survey: string,
): Promise<{ signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CHILD, register, survey], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child never reached the middle of the import: ${out} ${err}`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // Kill it hard, mid-transaction: no chance to roll back or clean up.
      if (out.includes('MIDWAY')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, out });
    });
  });
}

describe('a crash in the middle of applying', () => {
  it('leaves the register exactly as before, and it passes the integrity check', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const register = join(t.dir, 'register.sqlite');
    const db = createRegister(register, fixedClock(TODAY), {
      sample: true,
      sampleSize: { units: 3000, households: 3200, needs: 50 },
    });
    // A survey that changes every home: rent up, a new condition grade, a note.
    const rows = surveyRowsFromRegister(db).map((r, i) => ({
      ...r,
      rentMonthly: Math.round(Number(r.rentMonthly) * 1.04),
      condition: ['TG0', 'TG1', 'TG2', 'TG3'][i % 4]!,
      note: `Kartlagt 2026, rad ${i + 2}`,
      surveyedOn: '2026-10-01',
    }));
    const survey = join(t.dir, 'kartlegging.xlsx');
    writeFileSync(survey, await buildSurveyWorkbook(rows, { municipality: 'T', today: TODAY }));
    const before = dumpTables(db);
    db.close();

    const { signal, out } = await runUntilMidway(register, survey);
    expect(signal).toBe('SIGKILL');
    expect(out).toContain('MIDWAY');
    expect(out).not.toContain('DONE');
    // The backup copy was written before the transaction began.
    expect(existsSync(`${register}.for-import-${TODAY}.bak`)).toBe(true);
    // The killed transaction had written pages to the WAL: the crash was real.
    expect(statSync(`${register}-wal`).size).toBeGreaterThan(0);

    const after = openDatabase(register, { create: false });
    try {
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.pragma('foreign_key_check')).toEqual([]);
      expect(dumpTables(after)).toEqual(before);
      // Only the sample's own surveys (two years, issue 13.3): the killed import left no run.
      expect(after.prepare('SELECT count(*) AS n FROM import_run').get()).toEqual({ n: 2 });
    } finally {
      after.close();
    }
    // The next program that opens it for writing (holding the lock) removes the orphan backup
    // of the import that never happened; the register is as before.
    const reopened = new RegisterSession(register, fixedClock(TODAY), { lock: 'app' });
    try {
      expect(existsSync(`${register}.for-import-${TODAY}.bak`)).toBe(false);
      expect(dumpTables(reopened.db)).toEqual(before);
    } finally {
      reopened.close();
    }
  }, 120_000);
});
