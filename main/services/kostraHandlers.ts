// Issue 13.4 handlers: KOSTRA skjema 13 (read, save, export).
import { basename } from 'node:path';
import type { Handlers, HandlerContext } from './handlers';
import { kostraReport, saveKostra } from '../register/kostra';
import { kostraCsv, kostraWorkbook } from '../export/kostraExport';
import { writeFileAtomic } from '../import/service';

type KostraMethods = 'kostra.get' | 'kostra.save' | 'kostra.export';

export function kostraHandlers(ctx: HandlerContext): Pick<Handlers, KostraMethods> {
  const { session, shell, files } = ctx;
  const db = () => session.db;
  return {
    'kostra.get': ({ year }) => kostraReport(db(), year),
    'kostra.save': (s) => saveKostra(db(), s, session.clock.now()),
    'kostra.export': async ({ year, format }) => {
      const report = kostraReport(db(), year);
      const name = `KOSTRA skjema 13 ${year} – ${report.municipality}.${format}`;
      const path = await shell.chooseSaveFile({
        title: 'Eksporter KOSTRA skjema 13',
        defaultName: name.replace(/[\\/:*?"<>|]/g, '-'),
        filters:
          format === 'xlsx'
            ? [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }]
            : [{ name: 'CSV (semikolon)', extensions: ['csv'] }],
      });
      if (!path) return null;
      const bytes =
        format === 'xlsx' ? await kostraWorkbook(report) : Buffer.from(kostraCsv(report), 'utf8');
      writeFileAtomic(path, bytes);
      return {
        path,
        fileName: basename(path),
        token: files.issue(path),
        rows: report.lines.length,
      };
    },
  };
}
