// The Norwegian application menu: Fil (Ny, Åpne, Lagre kopi som…, Avslutt), Rediger, Vis.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { AppError } from '../register/errors';
import type { RegisterSession } from '../register/session';

const REGISTER_FILTER = [{ name: 'Boligplan-register', extensions: ['sqlite', 'boligplan'] }];

interface MenuContext {
  win: BrowserWindow;
  register: RegisterSession;
  notify: () => void;
  isDev: boolean;
}

function guard(ctx: MenuContext, title: string, action: () => Promise<void>): () => void {
  return () => {
    action().catch((e: unknown) => {
      void dialog.showMessageBox(ctx.win, {
        type: 'error',
        title,
        message: title,
        detail: e instanceof AppError ? e.message : String(e),
      });
    });
  };
}

export function buildMenu(ctx: MenuContext): Menu {
  const { win, register, notify } = ctx;
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
        {
          label: 'Ny…',
          accelerator: 'CmdOrCtrl+N',
          click: guard(ctx, 'Kunne ikke opprette register', async () => {
            const r = await dialog.showSaveDialog(win, {
              title: 'Nytt register',
              defaultPath: 'Boligregister.sqlite',
              filters: REGISTER_FILTER,
            });
            if (r.canceled || !r.filePath) return;
            register.createAndSwitch(r.filePath);
            notify();
          }),
        },
        {
          label: 'Åpne…',
          accelerator: 'CmdOrCtrl+O',
          click: guard(ctx, 'Kunne ikke åpne register', async () => {
            const r = await dialog.showOpenDialog(win, {
              title: 'Åpne register',
              properties: ['openFile'],
              filters: REGISTER_FILTER,
            });
            const path = r.filePaths[0];
            if (r.canceled || !path) return;
            register.switchTo(path);
            notify();
          }),
        },
        {
          label: 'Lagre kopi som…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: guard(ctx, 'Kunne ikke lagre kopi', async () => {
            const r = await dialog.showSaveDialog(win, {
              title: 'Lagre kopi av registeret',
              defaultPath: `Kopi av ${register.info().fileName}`,
              filters: REGISTER_FILTER,
            });
            if (r.canceled || !r.filePath) return;
            register.saveCopy(r.filePath);
          }),
        },
        { type: 'separator' },
        { label: 'Avslutt', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjør om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Last inn på nytt' },
        ...(ctx.isDev ? [{ role: 'toggleDevTools' as const, label: 'Utviklerverktøy' }] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
