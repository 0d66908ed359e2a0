// Electron's implementation of the ShellPort: native dialogs attached to the window.
import { dialog, shell, type BrowserWindow } from 'electron';
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
  };
}
