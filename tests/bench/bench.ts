// npm run bench: figures for an Oslo-sized register (12,000 homes, 15,000 households,
// 3,000 needs). Prints timings; asserts nothing. Goal: every screen under 100 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod } from '../../main/contract/api';
import { createRegister, fixedClock, RegisterSession } from '../../main/register/session';
import { createHandlers, dispatch } from '../../main/services/handlers';
import { FileTokens, noShell } from '../../main/services/shell';
import { registerSnapshot } from '../../main/register/snapshot';
import { BENCH_SIZE, BENCH_TODAY, median, printRows, time, type Row } from './common';
import { benchExport } from './exportBench';
import { benchImport } from './importBench';
import { benchHostile, printHostile } from './hostileBench';
import { benchSuggest } from './suggestBench';

export async function benchRegister(dir: string): Promise<{ path: string; rows: Row[] }> {
  const path = join(dir, 'oslo.sqlite');
  const clock = fixedClock(BENCH_TODAY);
  const [, createMs] = time(() =>
    createRegister(path, clock, {
      sample: true,
      sampleSize: BENCH_SIZE,
      municipality: 'Storby (fiktiv)',
    }).close(),
  );
  const [session, openMs] = time(() => new RegisterSession(path, clock));
  const handlers = createHandlers({ session, shell: noShell, files: new FileTokens() });
  const call =
    <K extends ApiMethod>(m: K, input: ApiInput<K>) =>
    async () => {
      const r = await dispatch(handlers, m, input);
      if (!r.ok) throw new Error(r.error.message);
    };
  const rows: Row[] = [
    { what: 'Opprette register (12 000 boliger, 15 000 husstander, 3 000 behov)', ms: createMs },
    { what: 'Åpne register', ms: openMs, goal: 100 },
    { what: 'Oversikt (overview.get)', ms: await median(5, call('overview.get', {})), goal: 100 },
    {
      what: 'Boligliste, første side (100 rader)',
      ms: await median(5, call('units.list', { limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, søk «gata»',
      ms: await median(5, call('units.list', { search: 'gata', limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, filter ledig + 3 soverom',
      ms: await median(5, call('units.list', { status: 'ledig', bedrooms: 3, limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, sortert på kontraktslutt, side 50',
      ms: await median(
        5,
        call('units.list', { sort: 'contractEnd', dir: 'desc', offset: 5000, limit: 100 }),
      ),
      goal: 100,
    },
    {
      what: 'Husstandsliste, trangbodde',
      ms: await median(5, call('households.list', { crowded: true, limit: 100 })),
      goal: 100,
    },
    {
      what: 'Behovsliste, sortert på hastegrad',
      ms: await median(5, call('needs.list', { sort: 'urgency', limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligdetalj (units.get)',
      ms: await median(5, call('units.get', { id: 6000 })),
      goal: 100,
    },
  ];
  session.close();
  return { path, rows };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-bench-'));
  try {
    const { path, rows } = await benchRegister(dir);
    printRows('Register', rows);
    const session = new RegisterSession(path, fixedClock(BENCH_TODAY));
    // The snapshot is data loading: read once after the register changes, then kept (in the main
    // process and the renderer). The 100 ms is for every screen after it is loaded.
    const [snapshot, snapshotMs] = time(() => registerSnapshot(session.db, BENCH_TODAY));
    const keptMs = await median(5, async () => registerSnapshot(session.db, BENCH_TODAY));
    session.close();
    // The plans in a fresh process: the engine with the register loaded, not this process's
    // garbage from creating the register.
    const planRows = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'planChild.ts'), path],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    printRows('Scenarier', [
      { what: 'Lese registeret til beregning etter en endring (lastes én gang)', ms: snapshotMs },
      { what: 'Hente det igjen uten endring (plan.snapshot, holdt)', ms: keptMs, goal: 100 },
      ...(JSON.parse(planRows) as Row[]),
    ]);
    const sampleSession = RegisterSession.openOrCreate(
      join(dir, 'sample.sqlite'),
      fixedClock(BENCH_TODAY),
      {
        sample: true,
      },
    );
    const sample = registerSnapshot(sampleSession.db, BENCH_TODAY);
    sampleSession.close();
    printRows('Foreslå plan', await benchSuggest(sample, snapshot));
    printRows('Eksport til Excel', await benchExport(path));
    const survey = await benchImport();
    printRows(`Import av kartlegging (${survey.rows} rader)`, [
      { what: 'Lese filen', ms: survey.readMs! },
      { what: 'Validere', ms: survey.validateMs! },
      { what: 'Forhåndsvisning', ms: survey.previewMs! },
      { what: 'Importere (én transaksjon, med sikkerhetskopi)', ms: survey.applyMs! },
      { what: 'Totalt', ms: survey.totalMs!, goal: 3000 },
      { what: 'Til sammenligning: sette inn radene rett i SQLite', ms: survey.sqliteInsertMs! },
    ]);
    printHostile(await benchHostile(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
