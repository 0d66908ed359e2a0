// The Excel export of a housing plan (issue 5): API input schemas and output types.
// Pure: shared by main, renderer and tests.
import { z } from 'zod';
import { int } from './fields';

/**
 * The id that stands for the baseline «Ingen tiltak» (the register with no actions). In a
 * comparison it has the horizon and assumptions of the first real scenario chosen; alone, it is
 * the default new scenario (next year, four years, default assumptions), as in the CLI.
 */
export const BASELINE_SCENARIO_ID = 0;

/** 1–4 scenarios per workbook (one, or a comparison). */
export const MAX_EXPORT_SCENARIOS = 4;

export const exportPlanInput = z
  .object({
    /** Stored scenario ids in the order of the workbook; BASELINE_SCENARIO_ID for «Ingen tiltak». */
    scenarioIds: z
      .array(int(0, Number.MAX_SAFE_INTEGER), { error: 'velg scenarioer' })
      .min(1, 'velg minst ett scenario')
      .max(MAX_EXPORT_SCENARIOS, `kan sammenligne høyst ${MAX_EXPORT_SCENARIOS} scenarioer`)
      .refine((ids) => new Set(ids).size === ids.length, 'et scenario er valgt to ganger'),
    /** Show amounts in 1 000 kr (the cells keep kroner, so formulas stay exact). */
    thousands: z.boolean({ error: 'vis i 1 000 kr må være ja eller nei' }).optional(),
  })
  .strict();

export const exportShowInFolderInput = z
  .object({ path: z.string({ error: 'mangler fil' }).min(1, 'mangler fil').max(4096) })
  .strict();

/** The file the export wrote. */
export interface ExportedFile {
  /** Full path (for 'export.showInFolder'). */
  path: string;
  fileName: string;
}
