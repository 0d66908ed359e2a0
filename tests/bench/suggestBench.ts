// «Foreslå plan» (issue 15): the whole suggestion — base plan, engine-derived coefficients,
// HiGHS solves (the suggestion, the explanation's re-solves) and the engine's check — on the
// sample municipality and at Oslo's size. Goals: sample under 2 s, Oslo under 30 s. One run
// each (after loading HiGHS once), to keep the bench short; memory is the heap growth.
import { defaultRequest, suggestPlan, type SuggestRequest } from '../../main/domain/optimise';
import type { RegisterSnapshot } from '../../main/domain/scenario';
import { newScenario } from '../../main/register/scenarios';
import { highsSolver, loadHighs } from '../../main/services/optimise/highs';
import { BENCH_TODAY, timeAsync, type Row } from './common';

function request(snapshot: RegisterSnapshot): SuggestRequest {
  const req = defaultRequest(snapshot, newScenario('Forslag 1', BENCH_TODAY));
  // A limit that binds, so the explanation's re-solves run too.
  req.loanShare = 0.5;
  req.limits.maxNetInvestmentPerYear = 20_000_000;
  req.limits.maxPurchasesPerYear = 40;
  return req;
}

export async function benchSuggest(
  sample: RegisterSnapshot,
  oslo: RegisterSnapshot,
): Promise<Row[]> {
  await loadHighs();
  const rows: Row[] = [];
  for (const [label, snap, goal] of [
    ['Foreslå plan, eksempelkommunen', sample, 2000],
    ['Foreslå plan, Oslo-størrelse', oslo, 30_000],
  ] as const) {
    const heap = process.memoryUsage().heapUsed;
    const [out, ms] = await timeAsync(() => suggestPlan(snap, request(snap), highsSolver));
    const mb = Math.max(0, (process.memoryUsage().heapUsed - heap) / 1024 / 1024);
    rows.push({
      what: `${label} (${out.status === 'ok' ? 'forslag' : 'umulig'}, +${mb.toFixed(0)} MB)`,
      ms,
      goal,
    });
  }
  return rows;
}
