// The Electron shell cannot run on this machine, so it is loaded under Node with a fake
// `electron` module that records what the shell asks of it: the security settings of the
// window, the menu, the protocol and the IPC registration, which must reach the real register.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers';

const recorded = vi.hoisted(() => ({
  windows: [] as {
    options: Record<string, unknown>;
    events: Map<string, (...a: unknown[]) => void>;
    openHandler?: (d: { url: string }) => { action: string };
    loaded?: string;
  }[],
  ipc: new Map<string, (...a: unknown[]) => unknown>(),
  menu: [] as { label?: string; submenu?: { label?: string; role?: string }[] }[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (r: { url: string }) => unknown>(),
  permissionAnswers: [] as boolean[],
  userData: '',
  switches: [] as [string, string][],
  pdf: [] as Record<string, unknown>[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    private record;
    webContents;
    constructor(options: Record<string, unknown>) {
      this.record = {
        options,
        events: new Map<string, (...a: unknown[]) => void>(),
      } as (typeof recorded.windows)[number];
      recorded.windows.push(this.record);
      BrowserWindow.all.push(this);
      const record = this.record;
      this.webContents = {
        on: (event: string, fn: (...a: unknown[]) => void) => record.events.set(event, fn),
        setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) =>
          (record.openHandler = fn),
        send: () => {},
        printToPDF: (o: Record<string, unknown>) => {
          recorded.pdf.push(o);
          return Promise.resolve(Buffer.from('%PDF-1.4 fake'));
        },
      };
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
  }
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: () => {},
    quit: () => {},
    getPath: () => recorded.userData,
    commandLine: {
      appendSwitch: (name: string, value: string) => recorded.switches.push([name, value]),
    },
  };
  return {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (...a: unknown[]) => unknown) => recorded.ipc.set(channel, fn),
    },
    Menu: {
      buildFromTemplate: (t: typeof recorded.menu) => ((recorded.menu = t), t),
      setApplicationMenu: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => recorded.schemes.push(...s),
      handle: (scheme: string, fn: (r: { url: string }) => unknown) =>
        recorded.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (
          fn: (wc: unknown, p: string, cb: (ok: boolean) => void) => void,
        ) => fn(null, 'media', (ok) => recorded.permissionAnswers.push(ok)),
        setPermissionCheckHandler: (fn: () => boolean) => recorded.permissionAnswers.push(fn()),
      },
    },
    dialog: {
      showErrorBox: () => {},
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
    net: {
      fetch: vi.fn(() => Promise.resolve(new Response('<!doctype html>', { status: 200 }))),
    },
  };
});

let cleanup = () => {};
beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  recorded.userData = t.dir;
  process.argv.push('--sample');
  await import('../../main/electron/index');
  // The start is asynchronous (integrity check and backup before the window opens).
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 20_000 });
});
afterAll(() => {
  process.argv.splice(process.argv.indexOf('--sample'), 1);
  cleanup();
});

describe('the Electron shell', () => {
  it('opens one window with the security checklist settings', () => {
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    expect(recorded.windows[0]!.loaded).toBe('app://boligplan/index.html');
  });

  it('blocks navigation away from the app and every new window, but not its own pages', () => {
    const w = recorded.windows[0]!;
    const navigate = (url: string) => {
      let prevented = false;
      w.events.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://boligplan.evil/index.html')).toBe(true);
    expect(navigate('app://boligplan/index.html#/boliger')).toBe(false);
    expect(navigate('app://boligplan@evil.example/index.html')).toBe(true);
    expect(navigate('app://boligplan:8080/index.html')).toBe(true);
    expect(w.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('guards redirects and sub-frame navigation the same way', () => {
    const w = recorded.windows[0]!;
    let prevented = false;
    const event = (url?: string) => ({ url, preventDefault: () => (prevented = true) });
    w.events.get('will-redirect')!(event(), 'https://example.org/');
    expect(prevented).toBe(true);
    prevented = false;
    w.events.get('will-redirect')!(event(), 'app://boligplan/index.html');
    expect(prevented).toBe(false);
    w.events.get('will-frame-navigate')!(event('https://example.org/frame'));
    expect(prevented).toBe(true);
    prevented = false;
    w.events.get('will-frame-navigate')!(event('app://boligplan/index.html'));
    expect(prevented).toBe(false);
  });

  it('runs the page in Norwegian (date pickers, number formats)', () => {
    expect(recorded.switches).toContainEqual(['lang', 'nb-NO']);
  });

  it('denies all permission requests', () => {
    expect(recorded.permissionAnswers).toEqual([false, false]);
  });

  it('has a Norwegian file menu', () => {
    const fil = recorded.menu.find((m) => m.label === 'Fil');
    expect(fil?.submenu?.map((i) => i.label).filter(Boolean)).toEqual([
      'Ny…',
      'Åpne…',
      'Lagre kopi som…',
      'Avslutt',
    ]);
  });

  it('answers the API over IPC from the real register, and only for its own page', async () => {
    const handler = recorded.ipc.get('boligplan:api')!;
    const mainFrame = { url: 'app://boligplan/index.html' };
    const own = { senderFrame: mainFrame, sender: { mainFrame } };
    const r = (await handler(own, 'register.summary', {})) as {
      ok: boolean;
      value: { units: { total: number }; isSample: boolean };
    };
    expect(r.ok).toBe(true);
    expect(r.value.isSample).toBe(true);
    expect(r.value.units.total).toBe(160);
    const foreignFrame = { url: 'https://evil.example/' };
    const foreign = (await handler(
      { senderFrame: foreignFrame, sender: { mainFrame: foreignFrame } },
      'register.summary',
      {},
    )) as { ok: boolean };
    expect(foreign.ok).toBe(false);
    // A sub-frame of our own page, even at our own origin, is not the main frame: refused.
    const subFrame = { url: 'app://boligplan/index.html' };
    const fromSubFrame = (await handler(
      { senderFrame: subFrame, sender: { mainFrame } },
      'register.summary',
      {},
    )) as { ok: boolean };
    expect(fromSubFrame.ok).toBe(false);
    const bad = (await handler(own, 'units.create', { unitNo: '' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(bad.error.code).toBe('validation');
  });

  it('serves only files inside the renderer folder from app://', async () => {
    const handle = recorded.protocolHandlers.get('app')!;
    const outside = (await handle({ url: 'app://boligplan/..%2F..%2Fpackage.json' })) as Response;
    expect(outside.status).toBe(404);
    // Every answer of the protocol carries the CSP as a header (not only index.html's meta tag).
    expect(outside.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(outside.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('creates the sample register in the user data folder on first start', () => {
    expect(recorded.schemes).toHaveLength(1);
    expect(existsSync(join(recorded.userData, 'eksempel-fjordvik.sqlite'))).toBe(true);
  });

  it('backs the register up at start, in a folder beside it', () => {
    const folder = join(recorded.userData, 'Sikkerhetskopier');
    expect(
      readdirSync(folder).filter((f) => /^eksempel-fjordvik_.*_auto\.sqlite$/.test(f)),
    ).toHaveLength(1);
  });

  it('prints the report to PDF: save dialog with the proposed name, A4, header and footer', async () => {
    const electron = await import('electron');
    const target = join(recorded.userData, 'rapport.pdf');
    const save = vi.mocked(electron.dialog.showSaveDialog);
    save.mockResolvedValueOnce({ canceled: false, filePath: target } as never);
    const handler = recorded.ipc.get('boligplan:api')!;
    const mainFrame = { url: 'app://boligplan/index.html' };
    const r = (await handler(
      { senderFrame: mainFrame, sender: { mainFrame } },
      'report.printToPdf',
      {
        scenarioIds: [0],
      },
    )) as { ok: boolean; value: { status: string; fileName: string } };
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ status: 'saved', fileName: 'rapport.pdf' });
    const dialogOptions = save.mock.calls.at(-1)!.at(-1) as { defaultPath: string };
    expect(dialogOptions.defaultPath).toMatch(/^Boligplan \d{4}-\d{4} – Ingen tiltak\.pdf$/);
    expect(recorded.pdf).toHaveLength(1);
    const o = recorded.pdf[0]!;
    expect(o.pageSize).toBe('A4');
    expect(o.displayHeaderFooter).toBe(true);
    expect(o.printBackground).toBe(true);
    expect(String(o.headerTemplate)).toContain('Fjordvik kommune');
    expect(String(o.headerTemplate)).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(String(o.footerTemplate)).toContain('class="pageNumber"');
    expect(String(o.footerTemplate)).toContain('class="totalPages"');
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.4 fake');
  });
});
