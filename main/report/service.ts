// The report as the app and the CLI build it: the scenarios chosen (as for the Excel export),
// their plans on today's register, each against «Ingen tiltak» with the same horizon and
// assumptions, and the register's settings.
import { planDifference, runPlan, baselineScenario, type Scenario } from '../domain/scenario';
import {
  planInputs,
  proposedFileName,
  resolveScenarios,
  type ScenarioRef,
} from '../export/service';
import { redactor } from '../export/workbook';
import type { Db } from '../register/db';
import { isBaselineName } from '../register/scenarios';
import { buildReportModel, type ReportModel } from './model';

export function reportModel(db: Db, refs: ScenarioRef[], today: string): ReportModel {
  const scenarios = resolveScenarios(db, refs, today);
  return reportModelOf(db, scenarios, today);
}

export function reportModelOf(db: Db, scenarios: Scenario[], today: string): ReportModel {
  const inputs = planInputs(db, scenarios, today);
  const differences = scenarios.map((s, k) =>
    isBaselineName(s.name) && s.actions.length === 0
      ? null
      : planDifference(inputs.plans[k]!, runPlan(inputs.snapshot, baselineScenario(s))),
  );
  return buildReportModel({
    municipality: inputs.municipality,
    isSample: inputs.isSample,
    ...(inputs.crowdingRule ? { crowdingRule: inputs.crowdingRule } : {}),
    scenarios,
    plans: inputs.plans,
    differences,
    date: today,
    redact: redactor(inputs.snapshot),
  });
}

/** «Boligplan 2027-2030 – Mitt scenario.pdf» (the Excel export's name with .pdf). */
export function proposedPdfName(db: Db, scenarios: Scenario[], today: string): string {
  const { snapshot } = planInputs(db, scenarios, today);
  return proposedFileName(scenarios, redactor(snapshot)).replace(/\.xlsx$/, '.pdf');
}
