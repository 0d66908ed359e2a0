// The report's API handlers, spread into the handler map in main/services/handlers.ts.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReportPrinted } from '../contract/report';
import { resolveScenarios } from '../export/service';
import type { HandlerContext, Handlers } from '../services/handlers';
import { pdfPrintOptions } from './print';
import { proposedPdfName, reportModelOf } from './service';

type ReportMethods = 'report.model' | 'report.printToPdf';

export function reportHandlers(ctx: HandlerContext): Pick<Handlers, ReportMethods> {
  const { session, shell } = ctx;
  const scenariosOf = (ids: number[]) =>
    resolveScenarios(
      session.db,
      ids.map((id) => ({ id })),
      session.clock.today(),
    );
  return {
    'report.model': ({ scenarioIds }) => {
      const today = session.clock.today();
      return reportModelOf(session.db, scenariosOf(scenarioIds), today);
    },
    'report.printToPdf': async ({ scenarioIds }): Promise<ReportPrinted> => {
      if (!shell.printToPdf) return { status: 'unavailable' };
      const today = session.clock.today();
      const scenarios = scenariosOf(scenarioIds);
      // Run the plans first: an invalid scenario is reported before the save dialog.
      const model = reportModelOf(session.db, scenarios, today);
      const chosen = await shell.chooseSaveFile({
        title: 'Lagre boligplanen som PDF',
        defaultName: proposedPdfName(session.db, scenarios, today),
        filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
      });
      if (!chosen) return { status: 'cancelled' };
      const path = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
      const pdf = await shell.printToPdf(pdfPrintOptions(model));
      writeFileSync(path, pdf);
      return { status: 'saved', path, fileName: basename(path) };
    },
  };
}
