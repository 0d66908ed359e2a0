// better-sqlite3 is a native module built for one runtime at a time: plain Node (tests, CLI)
// or Electron (the app). This makes sure the build on disk matches the runtime about to run.
//   node .ci/native.mjs node      – rebuild for Node if the current build does not load
//   node .ci/native.mjs electron  – rebuild for Electron with @electron/rebuild (needs internet
//                                   the first time, to fetch Electron's headers)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const marker = 'node_modules/better-sqlite3/build/boligplan-runtime.txt';
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

function loadsUnderNode() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (target === 'node') {
  if (current !== 'node' || !loadsUnderNode()) {
    console.log('Bygger better-sqlite3 for Node …');
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
    writeFileSync(marker, 'node');
  }
} else if (target === 'electron') {
  const version = require('electron/package.json').version;
  if (current !== `electron-${version}`) {
    console.log(`Bygger better-sqlite3 for Electron ${version} …`);
    execSync(`npx electron-rebuild -f -w better-sqlite3 -v ${version}`, { stdio: 'inherit' });
    writeFileSync(marker, `electron-${version}`);
  }
} else {
  console.error('Bruk: node .ci/native.mjs node|electron');
  process.exit(2);
}
