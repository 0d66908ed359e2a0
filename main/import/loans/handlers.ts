// The loan list import's API handlers, spread into the handler map in main/services/handlers.ts.
// Files come from the shell's dialogs; the renderer only ever holds tokens for them.
import { basename } from 'node:path';
import { getSettings } from '../../register/settings';
import type { HandlerContext, Handlers } from '../../services/handlers';
import { osUserName } from '../handlers';
import { writeFileAtomic } from '../service';
import { loanListTemplateBytes } from './template';
import {
  applyLoanList,
  listLoanImports,
  loadLoanList,
  previewLoanList,
  undoLoanImport,
} from './service';

type LoanImportMethods =
  | 'loanImport.chooseFile'
  | 'loanImport.preview'
  | 'loanImport.apply'
  | 'loanImport.history'
  | 'loanImport.undo'
  | 'loanImport.saveTemplate';

export function loanImportHandlers(ctx: HandlerContext): Pick<Handlers, LoanImportMethods> {
  const { session, shell, files } = ctx;
  const db = () => session.db;
  return {
    'loanImport.chooseFile': async () => {
      const path = await shell.chooseOpenFile({
        title: 'Velg låneliste',
        filters: [
          { name: 'Regneark (.xlsx, .csv)', extensions: ['xlsx', 'csv', 'txt'] },
          { name: 'Alle filer', extensions: ['*'] },
        ],
      });
      return path ? { token: files.issue(path), fileName: basename(path) } : null;
    },
    'loanImport.preview': ({ token }) => previewLoanList(db(), loadLoanList(files.resolve(token))),
    'loanImport.apply': async ({ token, confirmWarnings, checksum, revision }) => {
      const { run } = await applyLoanList(db(), session.path, loadLoanList(files.resolve(token)), {
        now: session.clock.now(),
        today: session.clock.today(),
        confirmWarnings,
        checksum,
        revision,
        who: osUserName(),
      });
      return run;
    },
    'loanImport.history': () => listLoanImports(db()),
    'loanImport.undo': ({ importId }) =>
      undoLoanImport(db(), session.path, importId, session.clock.now()),
    'loanImport.saveTemplate': async () => {
      const path = await shell.chooseSaveFile({
        title: 'Lagre mal for låneliste',
        defaultName: 'Låneliste – mal.xlsx',
        filters: [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }],
      });
      if (!path) return null;
      writeFileAtomic(path, await loanListTemplateBytes(getSettings(db()).municipality));
      return { path, fileName: basename(path), token: files.issue(path), rows: 0 };
    },
  };
}
