// Child process for crash.test.ts: applies a large survey and, halfway through the writes
// (inside the open transaction), says MIDWAY on stdout and waits to be killed.
//   tsx tests/unit/import/crashChild.ts REGISTER SURVEY
import { loadSource, applyImport } from '../../../main/import/service';
import { fixedClock, RegisterSession } from '../../../main/register/session';

async function main() {
  const [registerPath, surveyPath] = process.argv.slice(2);
  if (!registerPath || !surveyPath) throw new Error('usage: crashChild REGISTER SURVEY');
  const session = new RegisterSession(registerPath, fixedClock('2026-11-25'));
  // A small page cache makes SQLite spill uncommitted pages to the WAL before the commit:
  // the kill then leaves half-written frames behind, as a power cut would.
  session.db.pragma('cache_size = 16');
  await applyImport(session.db, registerPath, loadSource(surveyPath), {
    today: '2026-11-25',
    now: '2026-11-25T12:00:00.000Z',
    confirmWarnings: true,
    hooks: {
      midway: () => {
        process.stdout.write('MIDWAY\n');
        // Block this thread (and the transaction) until the parent kills the process.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      },
    },
  });
  process.stdout.write('DONE\n');
}
void main();
