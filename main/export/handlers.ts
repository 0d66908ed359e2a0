// The export's API handlers, spread into the handler map in main/services/handlers.ts.
import { basename, resolve } from 'node:path';
import type { ExportedFile } from '../contract/export';
import { AppError } from '../register/errors';
import type { HandlerContext, Handlers } from '../services/handlers';
import { planInputs, proposedFileName, resolveScenarios } from './service';
import { redactor, writePlanWorkbook } from './workbook';

type ExportMethods = 'export.plan' | 'export.showInFolder';

export function exportHandlers(ctx: HandlerContext): Pick<Handlers, ExportMethods> {
  const { session, shell } = ctx;
  /** Files this session exported: the only paths 'export.showInFolder' will show. */
  const exported = new Set<string>();
  return {
    'export.plan': async ({ scenarioIds, thousands }): Promise<ExportedFile | null> => {
      const today = session.clock.today();
      const scenarios = resolveScenarios(
        session.db,
        scenarioIds.map((id) => ({ id })),
        today,
      );
      // Run the plans first: an invalid scenario is reported before the save dialog.
      const inputs = { ...planInputs(session.db, scenarios, today), thousands: thousands ?? false };
      const chosen = await shell.chooseSaveFile({
        title: 'Eksporter boligplan til Excel',
        defaultName: proposedFileName(scenarios, redactor(inputs.snapshot)),
        filters: [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }],
      });
      if (!chosen) return null;
      const path = /\.xlsx$/i.test(chosen) ? chosen : `${chosen}.xlsx`;
      await writePlanWorkbook(path, inputs);
      exported.add(resolve(path));
      return { path, fileName: basename(path) };
    },
    'export.showInFolder': ({ path }) => {
      if (!exported.has(resolve(path))) {
        throw new AppError('validation', 'Kan bare vise filer som er eksportert i denne økten.');
      }
      shell.showInFolder(path);
      return { shown: true };
    },
  };
}
