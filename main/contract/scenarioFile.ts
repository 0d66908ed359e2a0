// Scenario files (issue 10.5): API input schemas and output types. Pure: shared by main,
// renderer and tests. The file's format itself is main/scenarioFile/format.ts.
import { z } from 'zod';
import { int, requiredText } from './fields';

export const scenarioExportFileInput = z
  .object({
    /** A stored scenario's id; BASELINE_SCENARIO_ID (0) for «Ingen tiltak». */
    id: int(0, Number.MAX_SAFE_INTEGER),
  })
  .strict();

export const scenarioImportFileInput = z
  .object({
    /** From 'scenarios.chooseFile'. */
    token: z.string({ error: 'velg en fil' }).min(1, 'velg en fil').max(100),
    /** The name to save it under; default the name in the file. */
    name: requiredText(80).optional(),
  })
  .strict();

/** A scenario file the planner picked and that passed the file's checks. */
export interface ChosenScenarioFile {
  token: string;
  fileName: string;
  /** The scenario's name in the file. */
  name: string;
  startYear: number;
  years: number;
  actionCount: number;
  /** Why the file's name cannot be used here (taken, or «Ingen tiltak»): ask for another. */
  nameProblem: string | null;
}
