// Electron's implementation of the ShellPort: native dialogs attached to the window.
import { dialog, shell, type BrowserWindow } from 'electron';
import { AppError } from '../register/errors';
import type { ShellPort } from '../services/shell';

export function electronShell(getWindow: () => BrowserWindow | undefined): ShellPort {
  return {
    async chooseOpenFile({ title, filters }) {
      const win = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSaveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async printToPdf(o) {
      const win = getWindow();
      if (!win) throw new AppError('internal', 'Fant ikke vinduet som skal skrives ut.');
      const inch = (mm: number) => mm / 25.4;
      // The page's own print stylesheet hides the app around the report (renderer/src/report).
      const data = await win.webContents.printToPDF({
        pageSize: o.pageSize,
        landscape: o.landscape,
        printBackground: o.printBackground,
        displayHeaderFooter: o.displayHeaderFooter,
        headerTemplate: o.headerTemplate,
        footerTemplate: o.footerTemplate,
        margins: {
          top: inch(o.marginsMm.top),
          bottom: inch(o.marginsMm.bottom),
          left: inch(o.marginsMm.left),
          right: inch(o.marginsMm.right),
        },
      });
      return new Uint8Array(data);
    },
  };
}
