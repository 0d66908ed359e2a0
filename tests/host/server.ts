// The test host: serves the built renderer and the same API handlers the Electron main process
// registers, over HTTP on 127.0.0.1. A bridge script (bridge.ts) stands in for the preload.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import type { Clock, CreateOptions, RegisterSession } from '../../main/register/session';
import { startRegister } from '../../main/register/recovery';
import { createHandlers, dispatch, type Handlers } from '../../main/services/handlers';
import { FileTokens } from '../../main/services/shell';
import { FakeShell } from './fakeShell';

export const API_PATH = '/__test-host/api';
const RENDERER_DIR = join(__dirname, '../../out/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface TestHost {
  url: string;
  session: RegisterSession;
  handlers: Handlers;
  /** Scripted file dialogs: push the path the next dialog should return. */
  shell: FakeShell;
  close(): Promise<void>;
}

export async function startTestHost(options: {
  registerPath: string;
  clock: Clock;
  create?: CreateOptions;
  port?: number;
}): Promise<TestHost> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('Fant ikke out/renderer – kjør `npm run build` først.');
  }
  // As the app starts: integrity check, then open (or create) and back up.
  const started = await startRegister(options.registerPath, options.clock, options.create, {
    lock: 'app',
  });
  if (started.kind !== 'opened') throw new Error(started.message);
  const session = started.session;
  const shell = new FakeShell();
  const handlers = createHandlers({ session, shell, files: new FileTokens() });

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'POST' && url.pathname === API_PATH) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        let body: { method?: unknown; input?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          res.writeHead(400).end();
          return;
        }
        const result = await dispatch(handlers, body.method, body.input);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(result));
        return;
      }
      const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
      const file = normalize(join(RENDERER_DIR, path));
      if (relative(RENDERER_DIR, file).startsWith('..') || !existsSync(file)) {
        res.writeHead(404).end('Ikke funnet');
        return;
      }
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    })().catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    session,
    handlers,
    shell,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          session.close();
          resolve();
        });
      }),
  };
}
