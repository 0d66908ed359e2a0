// `suggest --db FILE --target-coverage 0.95 --by YEAR [--max-investment-per-year KR] --out S.json`
// (issue 15): «Foreslå plan» from the command line. Writes the suggestion as a scenario file
// (the scenario-file format) for IT and for checks. Exit 0 with a file; 1 when no plan can meet
// the target (the message names the limit) or the solve fails; 2 wrong usage.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRequest, suggestPlan, SuggestInputError } from '../domain/optimise';
import type { SuggestOutcome, SuggestRequest } from '../domain/optimise';
import { openForReading } from '../register/db';
import type { Clock } from '../register/session';
import { requireScenarioByName, newScenario } from '../register/scenarios';
import { registerSnapshot } from '../register/snapshot';
import { homesNamed, serialiseScenarioFile } from '../scenarioFile/format';
import { highsSolver } from '../services/optimise/highs';
import { MAX_PLAN_YEARS } from '../domain/scenario/needs';

export class SuggestUsageError extends Error {}

export interface SuggestCliOptions {
  db: string;
  out: string;
  targetCoverage: string;
  by: string;
  maxInvestmentPerYear?: string;
  maxPurchasesPerYear?: string;
  maxFramleieShare?: string;
  scope?: string;
  objective?: string;
  loanShare?: string;
  scenario?: string;
}

function share(v: string, name: string): number {
  const n = Number(v.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(v) || !(n >= 0 && n <= 2)) {
    throw new SuggestUsageError(`--${name} må være en andel, f.eks. 0.95.`);
  }
  return n;
}

function kroner(v: string, name: string): number {
  if (!/^\d+$/.test(v)) throw new SuggestUsageError(`--${name} må være et helt antall kroner.`);
  return Number(v);
}

/** The request the options stand for (the base: a named scenario, or the register as it is). */
export function requestFor(
  o: SuggestCliOptions,
  snapshot: ReturnType<typeof registerSnapshot>,
  base: ReturnType<typeof newScenario>,
): SuggestRequest {
  if (!/^\d{4}$/.test(o.by)) throw new SuggestUsageError('--by må være et årstall, f.eks. 2029.');
  const by = Number(o.by);
  const req = defaultRequest(snapshot, base);
  req.target = {
    coverage: share(o.targetCoverage, 'target-coverage'),
    year: by,
    scope: o.scope === undefined || o.scope === 'segment' ? 'segment' : 'total',
  };
  if (o.scope !== undefined && o.scope !== 'segment' && o.scope !== 'samlet') {
    throw new SuggestUsageError('--scope må være segment eller samlet.');
  }
  if (o.objective !== undefined && o.objective !== 'naverdi' && o.objective !== 'investering') {
    throw new SuggestUsageError('--objective må være naverdi eller investering.');
  }
  req.objective = o.objective === 'investering' ? 'investment' : 'npv';
  if (o.maxInvestmentPerYear !== undefined) {
    req.limits.maxNetInvestmentPerYear = kroner(o.maxInvestmentPerYear, 'max-investment-per-year');
  }
  if (o.maxPurchasesPerYear !== undefined) {
    req.limits.maxPurchasesPerYear = kroner(o.maxPurchasesPerYear, 'max-purchases-per-year');
  }
  if (o.maxFramleieShare !== undefined) {
    req.limits.maxFramleieShare = Math.min(1, share(o.maxFramleieShare, 'max-framleie-share'));
  }
  if (o.loanShare !== undefined) req.loanShare = Math.min(1, share(o.loanShare, 'loan-share'));
  return req;
}

export async function suggestCli(
  o: SuggestCliOptions,
  clock: Clock,
): Promise<{ code: number; report: unknown; error?: string }> {
  if (!/\.json$/i.test(o.out)) throw new SuggestUsageError('--out må være en .json-fil.');
  const reader = openForReading(resolve(o.db));
  let outcome: SuggestOutcome;
  let text = '';
  try {
    const today = clock.today();
    const snapshot = registerSnapshot(reader.db, today);
    let base = o.scenario
      ? requireScenarioByName(reader.db, o.scenario).scenario
      : newScenario('Forslag 1', today);
    if (!/^\d{4}$/.test(o.by)) throw new SuggestUsageError('--by må være et årstall, f.eks. 2029.');
    const by = Number(o.by);
    // The plan reaches at least the target year (up to 20 years).
    if (!o.scenario && by >= base.startYear && by - base.startYear + 1 > base.years) {
      base = { ...base, years: Math.min(MAX_PLAN_YEARS, by - base.startYear + 1) };
    }
    const req = requestFor(o, snapshot, { ...base, name: 'Forslag 1' });
    try {
      outcome = await suggestPlan(snapshot, req, highsSolver);
    } catch (e) {
      if (e instanceof SuggestInputError) throw new SuggestUsageError(e.message);
      throw e;
    }
    if (outcome.status === 'ok') {
      const units = new Map(snapshot.units.map((u) => [u.id, u.unitNo]));
      text = serialiseScenarioFile({
        scenario: outcome.scenario,
        description: outcome.messages.join('\n').slice(0, 500),
        homes: homesNamed(outcome.scenario, (id) => units.get(id)),
        exportedAt: today,
      });
    }
  } finally {
    reader.close();
  }
  if (outcome.status !== 'ok') {
    return {
      code: 1,
      error: outcome.messages.join('\n'),
      report: {
        ok: false,
        status: outcome.status,
        ...(outcome.status === 'infeasible'
          ? { blocking: outcome.blocking, bestCoverage: outcome.bestCoverage }
          : {}),
        messages: outcome.messages,
      },
    };
  }
  const path = resolve(o.out);
  writeFileSync(path, text, 'utf8');
  return {
    code: 0,
    report: {
      ok: true,
      path,
      scenario: outcome.scenario.name,
      actions: outcome.scenario.actions.length,
      coverage: outcome.coverage,
      binding: outcome.explanation.binding,
      objective: outcome.explanation.objective,
      messages: outcome.messages,
      seconds: outcome.solveSeconds,
    },
  };
}
