// The import's API handlers, spread into the handler map in main/services/handlers.ts.
// Files come from the shell's dialogs; the renderer only ever holds tokens for them.
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { SavedFile } from '../contract/import';
import { getSettings } from '../register/settings';
import type { HandlerContext, Handlers } from '../services/handlers';
import { listImportRuns } from './apply';
import { homesExportBytes } from './homesExport';
import {
  applyImport,
  exportBytes,
  loadSource,
  prepareImport,
  templateBytes,
  undoImportWithBackup,
  writeFileAtomic,
} from './service';
import { compareSnapshots } from './snapshots';

type ImportMethods =
  | 'import.chooseFile'
  | 'import.preview'
  | 'import.apply'
  | 'import.history'
  | 'import.undo'
  | 'import.saveTemplate'
  | 'register.exportSurvey'
  | 'register.exportHomes'
  | 'shell.showInFolder'
  | 'snapshots.compare';

const XLSX_FILTER = [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }];

/** The OS user name, recorded as who ran an import; null when it cannot be read. */
export function osUserName(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportMethods> {
  const { session, shell, files } = ctx;
  const db = () => session.db;
  const saved = (path: string, rows: number): SavedFile => ({
    path,
    fileName: basename(path),
    token: files.issue(path),
    rows,
  });
  return {
    'import.chooseFile': async () => {
      const path = await shell.chooseOpenFile({
        title: 'Velg fil med boligkartlegging',
        filters: [
          { name: 'Regneark (.xlsx, .csv)', extensions: ['xlsx', 'csv', 'txt'] },
          { name: 'Alle filer', extensions: ['*'] },
        ],
      });
      return path ? { token: files.issue(path), fileName: basename(path) } : null;
    },
    'import.preview': async ({ token, mapping, excludeRows }) => {
      const source = loadSource(files.resolve(token));
      const prepared = await prepareImport(db(), source, {
        today: session.clock.today(),
        mapping,
        excludeRows,
      });
      return prepared.preview;
    },
    'import.apply': async ({
      token,
      mapping,
      excludeRows,
      confirmWarnings,
      checksum,
      revision,
    }) => {
      const source = loadSource(files.resolve(token));
      const { run } = await applyImport(db(), session.path, source, {
        today: session.clock.today(),
        now: session.clock.now(),
        mapping,
        excludeRows,
        confirmWarnings,
        checksum,
        revision,
        who: osUserName(),
      });
      return { run };
    },
    'import.history': () => listImportRuns(db()),
    'import.undo': ({ importId }) =>
      undoImportWithBackup(db(), session.path, importId, session.clock.now()),
    'import.saveTemplate': async () => {
      const path = await shell.chooseSaveFile({
        title: 'Lagre mal for boligkartlegging',
        defaultName: 'Boligkartlegging – mal.xlsx',
        filters: XLSX_FILTER,
      });
      if (!path) return null;
      const { municipality } = getSettings(db());
      writeFileAtomic(path, await templateBytes(municipality, session.clock.today()));
      return saved(path, 0);
    },
    'register.exportSurvey': async () => {
      const { municipality } = getSettings(db());
      const today = session.clock.today();
      const path = await shell.chooseSaveFile({
        title: 'Eksporter boligregisteret',
        defaultName: `Boligregister ${municipality} ${today}.xlsx`.replace(/[\\/:*?"<>|]/g, '-'),
        filters: XLSX_FILTER,
      });
      if (!path) return null;
      const { bytes, rows } = await exportBytes(db(), municipality, today);
      writeFileAtomic(path, bytes);
      return saved(path, rows);
    },
    // The homes only, no personal data: for the property department (issue 5.6).
    'register.exportHomes': async () => {
      const { municipality } = getSettings(db());
      const path = await shell.chooseSaveFile({
        title: 'Eksporter boliger (uten personopplysninger)',
        defaultName: `Boliger – ${municipality}.xlsx`.replace(/[\\/:*?"<>|]/g, '-'),
        filters: XLSX_FILTER,
      });
      if (!path) return null;
      const { bytes, rows } = await homesExportBytes(db(), municipality, session.clock.today());
      writeFileAtomic(path, bytes);
      return saved(path, rows);
    },
    'shell.showInFolder': ({ token }) => {
      shell.showInFolder(files.resolve(token));
      return { shown: true };
    },
    'snapshots.compare': (input) => compareSnapshots(db(), input?.year),
  };
}
