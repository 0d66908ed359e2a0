import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../main/cli/index';
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
  });
});
