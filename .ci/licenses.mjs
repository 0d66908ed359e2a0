// Writes resources/THIRD_PARTY_LICENSES.txt: the licence text of every package the installed
// app ships (the production dependency closure in package-lock.json), for the installer and
// the municipality's procurement. Run by `npm run licenses` (and `npm run dist:win`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const shipped = Object.entries(lock.packages)
  .filter(([path, info]) => path.startsWith('node_modules/') && !info.dev && !info.devOptional)
  .map(([path, info]) => ({ path, name: path.replace(/^.*node_modules\//, ''), ...info }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

const seen = new Set();
const parts = [
  'Boligplan – lisenser for tredjepartskomponenter / third-party licences',
  '',
  'Boligplan inneholder disse programpakkene med åpen kildekode. Lisenstekstene står under.',
  `Pakker: ${shipped.length}. Electron og Chromium har egne lisensfiler i installasjonsmappen`,
  '(LICENSE.electron.txt og LICENSES.chromium.html).',
  '',
];
for (const pkg of shipped) {
  const key = `${pkg.name}@${pkg.version}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const dir = pkg.path;
  const files = existsSync(dir)
    ? readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f))
    : [];
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  parts.push('='.repeat(78), `${key}  (${pkg.license ?? 'se lisenstekst'})`, '='.repeat(78));
  parts.push(text || `Lisens: ${pkg.license ?? 'ukjent'} (ingen lisensfil i pakken).`, '');
}
writeFileSync('resources/THIRD_PARTY_LICENSES.txt', parts.join('\n'));
console.log(`Skrev resources/THIRD_PARTY_LICENSES.txt (${seen.size} pakker).`);
