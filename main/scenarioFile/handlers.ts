// The scenario files' API handlers («Eksporter scenario», «Importer scenario»), spread into the
// handler map in main/services/handlers.ts. Paths come from the shell's dialogs, never from
// the renderer.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportedFile } from '../contract/export';
import type { ChosenScenarioFile } from '../contract/scenarioFile';
import type { HandlerContext, Handlers } from '../services/handlers';
import {
  exportScenarioFile,
  importNameProblem,
  importScenarioFile,
  readScenarioFile,
} from './service';

type ScenarioFileMethods = 'scenarios.exportFile' | 'scenarios.chooseFile' | 'scenarios.importFile';

const FILTERS = [{ name: 'Boligplan-scenario', extensions: ['json'] }];

/** «Økonomiplan 2027–2030.json»: the scenario's name without characters file systems refuse. */
export function scenarioFileName(name: string): string {
  const safe =
    [...name]
      .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
      .join('')
      .trim() || 'Scenario';
  return `${safe}.json`;
}

export function scenarioFileHandlers(ctx: HandlerContext): Pick<Handlers, ScenarioFileMethods> {
  const { session, shell, files } = ctx;
  return {
    'scenarios.exportFile': async ({ id }): Promise<ExportedFile | null> => {
      const { scenario, text } = exportScenarioFile(session.db, { id }, session.clock.today());
      const chosen = await shell.chooseSaveFile({
        title: 'Eksporter scenario',
        defaultName: scenarioFileName(scenario.name),
        filters: FILTERS,
      });
      if (!chosen) return null;
      const path = /\.json$/i.test(chosen) ? chosen : `${chosen}.json`;
      writeFileSync(path, text, 'utf8');
      return { path, fileName: basename(path) };
    },
    'scenarios.chooseFile': async (): Promise<ChosenScenarioFile | null> => {
      const path = await shell.chooseOpenFile({ title: 'Importer scenario', filters: FILTERS });
      if (!path) return null;
      const file = readScenarioFile(path);
      return {
        token: files.issue(path),
        fileName: basename(path),
        name: file.scenario.name,
        startYear: file.scenario.startYear,
        years: file.scenario.years,
        actionCount: file.scenario.actions.length,
        nameProblem: importNameProblem(session.db, file.scenario.name),
      };
    },
    'scenarios.importFile': ({ token, name }) => {
      // Read again: the file is checked as it is now, not as it was when chosen.
      const file = readScenarioFile(files.resolve(token));
      return importScenarioFile(session.db, file, { name }, session.clock.now());
    },
  };
}
