// Serves the app in a browser for development and screenshots:
//   npx tsx tests/host/cli.ts [--db FILE] [--port N]   (creates the sample if FILE is missing)
// Open the printed URL in Chromium; the page needs the bridge, so use tests/host/shot.ts or
// a Playwright script that installs it.
import { resolve } from 'node:path';
import { clockFromEnv } from '../../main/register/session';
import { startTestHost } from './server';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

void startTestHost({
  registerPath: resolve(opt('db') ?? '.tmp/dev.sqlite'),
  clock: clockFromEnv(),
  create: { sample: true },
  port: Number(opt('port') ?? 5199),
}).then((host) => {
  console.log(`Test host: ${host.url}`);
});
