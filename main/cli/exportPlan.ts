// `export-plan --db FILE --scenario NAME [--scenario NAME …] --out FILE.xlsx [--thousands]`: the Excel
// workbook of one scenario or a comparison of up to four (issue 5), as the app writes it.
import { resolve } from 'node:path';
import { MAX_EXPORT_SCENARIOS } from '../contract/export';
import { planInputs, resolveScenarios } from '../export/service';
import { writePlanWorkbook } from '../export/workbook';
import { openForReading } from '../register/db';
import type { Clock } from '../register/session';

export class ExportPlanUsageError extends Error {}

export interface ExportPlanOptions {
  db: string;
  scenarios: string[];
  out: string;
  /** `--thousands`: amounts shown in 1 000 kr. */
  thousands?: boolean;
}

/** Writes the workbook; returns what the CLI prints. Throws AppError for bad input. */
export async function exportPlan(options: ExportPlanOptions, clock: Clock) {
  if (options.scenarios.length === 0) throw new ExportPlanUsageError('Mangler --scenario.');
  if (options.scenarios.length > MAX_EXPORT_SCENARIOS) {
    throw new ExportPlanUsageError(`Oppgi høyst ${MAX_EXPORT_SCENARIOS} scenarioer.`);
  }
  if (!/\.xlsx$/i.test(options.out)) {
    throw new ExportPlanUsageError('--out må være en .xlsx-fil.');
  }
  const session = openForReading(resolve(options.db));
  try {
    const today = clock.today();
    const scenarios = resolveScenarios(
      session.db,
      options.scenarios.map((name) => ({ name })),
      today,
    );
    const inputs = {
      ...planInputs(session.db, scenarios, today),
      thousands: options.thousands ?? false,
    };
    const path = resolve(options.out);
    const sheets = await writePlanWorkbook(path, inputs);
    return {
      ok: true,
      path,
      scenarios: inputs.plans.map((p) => ({
        name: p.scenarioName,
        startYear: p.startYear,
        years: p.years,
        npv: p.npv,
      })),
      sheets,
    };
  } finally {
    session.close();
  }
}
