// The printable plan (issue 12.4): API input schemas and output types. Pure.
import { z } from 'zod';
import { exportPlanInput } from './export';

/** Stored scenario ids (BASELINE_SCENARIO_ID for «Ingen tiltak»), 1–4, as for the export. */
export const reportInput = exportPlanInput;

export const reportPrintInput = z
  .object({
    scenarioIds: exportPlanInput.shape.scenarioIds,
  })
  .strict();

/**
 * What «Skriv ut / lagre som PDF» did: saved the PDF, the planner cancelled the save dialog,
 * or the shell cannot print to PDF (the test host: the page prints with window.print()).
 */
export type ReportPrinted =
  | { status: 'saved'; path: string; fileName: string }
  | { status: 'cancelled' }
  | { status: 'unavailable' };
