import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../main/cli/index';
import { migrate, openForReading } from '../../main/register/db';
import { LATEST_VERSION, MIGRATIONS } from '../../main/register/migrations';
import { tempDir } from './helpers';

let cleanup = () => {};
afterEach(() => cleanup());

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('command line', () => {
  it('init --sample then summary prints the register as JSON', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = join(t.dir, 'r.sqlite');
    expect((await cli(['init', '--db', db, '--sample'])).code).toBe(0);
    const s = await cli(['summary', '--db', db]);
    expect(s.code).toBe(0);
    const json = JSON.parse(s.stdout) as Record<string, unknown> & {
      units: { total: number; byTenure: Record<string, number>; byStatus: Record<string, number> };
    };
    expect(Object.keys(json.units.byTenure).sort()).toEqual(['eid', 'framleie', 'tildelingsrett']);
    expect(json.units.total).toBe(160);
    expect(Object.values(json.units.byStatus).reduce((a, b) => a + b, 0)).toBe(160);
    expect(json).toHaveProperty('households');
    expect(json).toHaveProperty('children');
    expect(json).toHaveProperty('needs', 45);
  });

  it('exits 1 with a message on bad input and 2 on wrong usage', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const missing = await cli(['summary', '--db', join(t.dir, 'nope.sqlite')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fant ikke registerfilen');
    const db = join(t.dir, 'r.sqlite');
    await cli(['init', '--db', db]);
    const again = await cli(['init', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finnes allerede');
    expect((await cli(['summary'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['summary', '--db', db, '--bogus', 'x'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('runs as a real process through npm run cli with the exit code', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = join(t.dir, 'p.sqlite');
    const tsx = join(__dirname, '../../node_modules/.bin/tsx');
    const cliPath = join(__dirname, '../../main/cli/index.ts');
    execFileSync(tsx, [cliPath, 'init', '--db', db]);
    const out = execFileSync(tsx, [cliPath, 'summary', '--db', db], { encoding: 'utf8' });
    expect(JSON.parse(out).units.total).toBe(0);
    const usage = spawnSync(tsx, [cliPath, 'summary'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Bruk:');
    // Three cold starts of tsx with the whole CLI: slow on a busy shared machine.
  }, 180_000);

  describe('read-only commands and dry runs leave an older register exactly as it was', () => {
    /** A register at schema version 2 (before the import tables), journal mode «delete». */
    function oldRegister(dir: string): string {
      const path = join(dir, 'old.sqlite');
      const db = new Database(path);
      migrate(db, path, MIGRATIONS.slice(0, 2));
      db.prepare("INSERT INTO settings (key, value) VALUES ('municipality', '\"Gamleby\"')").run();
      db.close();
      return path;
    }
    const state = (path: string) => {
      const db = new Database(path, { readonly: true });
      const s = {
        version: db.pragma('user_version', { simple: true }),
        journal: db.pragma('journal_mode', { simple: true }),
      };
      db.close();
      return {
        ...s,
        sha: createHash('sha256').update(readFileSync(path)).digest('hex'),
        files: readdirSync(join(path, '..')).sort(),
      };
    };

    it('summary, import-survey --dry-run and a refused import', async () => {
      const t = tempDir();
      cleanup = t.cleanup;
      const db = oldRegister(t.dir);
      const survey = join(t.dir, 'f.csv');
      writeFileSync(
        survey,
        'Bolignr;Adresse;Antall soverom;BRA m2;Månedsleie kr;Status\nB-001;Fjordgata 1;2;60;9 000;Ledig\n',
      );
      const bad = join(t.dir, 'feil.csv');
      writeFileSync(bad, 'Bolignr;Antall soverom\nB-001;tre\n');
      const before = state(db);
      expect(before).toMatchObject({ version: 2, journal: 'delete' });

      const s = await cli(['summary', '--db', db]);
      expect(s.code).toBe(0);
      expect(JSON.parse(s.stdout).units.total).toBe(0);
      expect(state(db)).toEqual(before);

      const dry = await cli(['import-survey', survey, '--db', db, '--dry-run']);
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, dryRun: true, created: 1 });
      expect(state(db)).toEqual(before);

      const refused = await cli(['import-survey', bad, '--db', db]);
      expect(refused.code).toBe(1);
      expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, applied: false });
      expect(state(db)).toEqual(before);
      expect(existsSync(`${db}.v2.bak`)).toBe(false);

      // A real import still migrates (with its backup) and applies.
      const applied = await cli(['import-survey', survey, '--db', db]);
      expect(applied.code).toBe(0);
      expect(state(db).version).toBe(LATEST_VERSION);
      expect(existsSync(`${db}.v2.bak`)).toBe(true);
    });

    it('openForReading reads a current file read-only and an older one through a removed copy', () => {
      const t = tempDir();
      cleanup = t.cleanup;
      const db = oldRegister(t.dir);
      const before = state(db);
      const old = openForReading(db);
      expect(old.copy).not.toBeNull();
      expect(old.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      const copy = old.copy!;
      expect(existsSync(copy)).toBe(true);
      old.close();
      expect(existsSync(copy)).toBe(false);
      expect(state(db)).toEqual(before);

      const current = join(t.dir, 'ny.sqlite');
      new Database(current).close();
      const w = new Database(current);
      migrate(w, current);
      w.close();
      const now = openForReading(current);
      expect(now.copy).toBeNull();
      expect(now.db.readonly).toBe(true);
      now.close();

      const newer = join(t.dir, 'nyere.sqlite');
      const n = new Database(newer);
      migrate(n, newer);
      n.pragma(`user_version = ${LATEST_VERSION + 1}`);
      n.close();
      expect(() => openForReading(newer)).toThrowError(/nyere versjon av Boligplan/);
    });
  });

  it('a refused import-survey prints a one-line Norwegian summary on stderr, the report on stdout', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = join(t.dir, 'r.sqlite');
    await cli(['init', '--db', db]);
    const bad = join(t.dir, 'feil.csv');
    writeFileSync(bad, 'Bolignr;Antall soverom;BRA m2\nB-001;tre;x\nB-002;to;60\n');
    const refused = await cli(['import-survey', bad, '--db', db]);
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout) as { ok: boolean; errors: unknown[] };
    expect(report.ok).toBe(false);
    expect(refused.stderr).toBe(
      `Importen er stoppet: ${report.errors.length} feil. Registeret er uendret.`,
    );
    expect(refused.stderr).not.toContain('\n');
    const missing = await cli(['import-survey', join(t.dir, 'nei.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Importen er stoppet: 1 feil\. Registeret er uendret\.$/);
  });
});
