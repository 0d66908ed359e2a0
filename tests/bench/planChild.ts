// The plan figures in a fresh process, so what they measure is the engine with the register
// loaded, not the garbage of creating a 12 000-home register and the other benchmarks before:
//   node --import tsx tests/bench/planChild.ts REGISTER
// Prints the rows (what, ms, goal) as JSON.
import { fixedClock, RegisterSession } from '../../main/register/session';
import { registerSnapshot } from '../../main/register/snapshot';
import { BENCH_TODAY, type Row } from './common';
import { benchPlan } from './planBench';

async function main(): Promise<void> {
  const session = new RegisterSession(process.argv[2]!, fixedClock(BENCH_TODAY));
  const snapshot = registerSnapshot(session.db, BENCH_TODAY);
  session.close();
  const rows: Row[] = await benchPlan(snapshot);
  process.stdout.write(JSON.stringify(rows));
}

void main();
