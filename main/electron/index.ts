// The Electron shell: window, menu, dialogs, IPC registration and security settings.
// Everything else (register, import, export, scenarios) lives outside and runs under Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CHANNEL, IPC_REGISTER_CHANGED } from '../contract/api';
import { AppError } from '../register/errors';
import type { RegisterSession } from '../register/session';
import { createHandlers, dispatch } from '../services/handlers';
import { buildMenu } from './menu';
import { openAtStart } from './recovery';
import { electronShell } from './shell';
import { FileTokens } from '../services/shell';

const SCHEME = 'app';
const APP_ORIGIN = `${SCHEME}://boligplan`;
const RENDERER_DIR = join(__dirname, '../renderer');
const DEV_URL = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** Sent as a response header for every app:// file, besides the meta tag in index.html. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'; frame-src 'none'; frame-ancestors 'none'";

// Norwegian date pickers and number formats in the page, whatever the OS language.
app.commandLine.appendSwitch('lang', 'nb-NO');

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(start);
}

/**
 * `--register FILE` opens that file; `--sample` opens (or creates) the fictional sample; a
 * `.boligplan` file opened from Explorer (the installer's file association) opens that file.
 */
function registerPathFromArgs(argv: string[]): { path: string; sample: boolean } {
  const i = argv.indexOf('--register');
  const explicit =
    (i >= 0 ? argv[i + 1] : undefined) ?? argv.slice(1).find((a) => /\.boligplan$/i.test(a));
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  if (explicit) return { path: explicit, sample: false };
  if (argv.includes('--sample'))
    return { path: join(dataDir, 'eksempel-fjordvik.sqlite'), sample: true };
  return { path: join(dataDir, 'boligplan.sqlite'), sample: false };
}

async function start(): Promise<void> {
  const { path, sample } = registerPathFromArgs(process.argv);
  let register: RegisterSession;
  try {
    // Integrity check, backup at start, and the offer to restore a damaged register.
    const opened = await openAtStart(path, sample);
    if (!opened) {
      app.quit();
      return;
    }
    register = opened;
  } catch (e) {
    dialog.showErrorBox(
      'Kunne ikke åpne registeret',
      e instanceof AppError ? e.message : String(e),
    );
    app.quit();
    return;
  }
  const handlers = createHandlers({
    session: register,
    shell: electronShell(() => BrowserWindow.getAllWindows()[0]),
    files: new FileTokens(),
  });

  // Deny every permission request (camera, notifications, …): the app needs none.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname)));
    const rel = relative(RENDERER_DIR, file);
    if (rel.startsWith('..') || rel.includes(`..${sep}`) || !existsSync(file)) {
      return withSecurityHeaders(new Response('Ikke funnet', { status: 404 }));
    }
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()));
  });

  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    // Only our own page's main frame may call the API (never a sub-frame, never another origin).
    const frame = event.senderFrame;
    const mainFrame = (event.sender as { mainFrame?: unknown } | undefined)?.mainFrame;
    if (!frame || frame !== mainFrame || !isTrustedUrl(frame.url)) {
      return { ok: false, error: { code: 'internal', message: 'Ikke tillatt', issues: [] } };
    }
    return dispatch(handlers, method, input);
  });

  const win = createWindow();
  const notify = () => win.webContents.send(IPC_REGISTER_CHANGED);
  Menu.setApplicationMenu(buildMenu({ win, register, notify, isDev: Boolean(DEV_URL) }));

  app.on('window-all-closed', () => {
    register.close();
    app.quit();
  });
}

/** Our own pages: exactly app://boligplan (or, in development, exactly Vite's origin). */
export function isTrustedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // app:// is not a special scheme to Node's URL (origin "null"): compare its parts.
  if (u.protocol === `${SCHEME}:`) {
    return `${u.protocol}//${u.host}` === APP_ORIGIN && u.username === '' && u.password === '';
  }
  if (DEV_URL === undefined) return false;
  try {
    return u.origin === new URL(DEV_URL).origin;
  } catch {
    return false;
  }
}

function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CSP);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(response.body, { status: response.status, headers });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 650,
    title: 'Boligplan',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());

  // No navigation away from the app and no new windows (the app links nowhere outside itself).
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  };
  win.webContents.on('will-navigate', (event, url) => guard(event, url));
  win.webContents.on('will-redirect', (event, url) => guard(event, url));
  // Sub-frames too (an injected iframe must not navigate anywhere either).
  win.webContents.on('will-frame-navigate', (event) => guard(event, event.url));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));

  void win.loadURL(DEV_URL ?? `${APP_ORIGIN}/index.html`);
  return win;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
