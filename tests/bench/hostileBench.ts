// The hostile corpus (a 206 KB-class zip bomb that unpacks to 200 MB, 120 000 rows, a cell at
// row 1 048 576, XML entities, 700 columns, long cells, unterminated quotes, mixed encodings,
// a late NUL byte, a file over the size limit): each is read in its own process and must be
// refused within seconds and well under a few hundred MB. Prints time and peak memory (RSS).
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SURVEY_LIMITS } from '../../main/import/bounded';
import { hostileCsv, hostileXlsx } from '../unit/hostile/corpus';

export interface HostileRow {
  file: string;
  kb: number;
  refused: boolean;
  ms: number;
  peakRssMb: number;
  message: string;
}

export const HOSTILE_GOALS = { ms: 5000, peakRssMb: 300 };

export async function benchHostile(dir: string): Promise<HostileRow[]> {
  const files = [...(await hostileXlsx(200)), ...hostileCsv()];
  const rows: HostileRow[] = [];
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return { path, name: f.name, kb: f.bytes.length / 1024 };
  });
  const huge = join(dir, 'for-stor.csv');
  writeFileSync(huge, '');
  truncateSync(huge, SURVEY_LIMITS.fileBytes + 1);
  paths.push({ path: huge, name: 'for-stor.csv', kb: (SURVEY_LIMITS.fileBytes + 1) / 1024 });
  for (const { path, name, kb } of paths) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'hostileChild.ts'), path],
      {
        encoding: 'utf8',
      },
    );
    const r = JSON.parse(out) as Omit<HostileRow, 'file' | 'kb'>;
    rows.push({ file: name, kb, ...r });
  }
  return rows;
}

export function printHostile(rows: HostileRow[]): void {
  console.log('\nFiendtlige filer (hver i egen prosess; mål: avvist under 5 s og 300 MB)');
  for (const r of rows) {
    const ok = r.refused && r.ms <= HOSTILE_GOALS.ms && r.peakRssMb <= HOSTILE_GOALS.peakRssMb;
    console.log(
      `  ${r.file.padEnd(24)} ${r.kb.toFixed(0).padStart(8)} KB  ${r.ms.toFixed(0).padStart(6)} ms ` +
        `${r.peakRssMb.toFixed(0).padStart(5)} MB topp  ${r.refused ? 'avvist' : 'IKKE AVVIST'}` +
        `  (${ok ? 'OK' : 'OVER'})`,
    );
    console.log(`      ${r.message.slice(0, 110)}`);
  }
}

if (require.main === module) {
  void (async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'boligplan-hostile-'));
    try {
      printHostile(await benchHostile(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
}
