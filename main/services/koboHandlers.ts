// Issue 13.5 handlers: homes exported to and imported from Kobo's field names (JSON).
import { basename } from 'node:path';
import type { Handlers, HandlerContext } from './handlers';
import { applyKobo, koboExport, readKoboFile } from '../kobo/exchange';
import { getSettings } from '../register/settings';
import { writeFileAtomic } from '../import/service';

type KoboMethods = 'kobo.exportHomes' | 'kobo.importHomes';
const JSON_FILTER = [{ name: 'Kobo-boliger (JSON)', extensions: ['json'] }];

export function koboHandlers(ctx: HandlerContext): Pick<Handlers, KoboMethods> {
  const { session, shell, files } = ctx;
  const db = () => session.db;
  return {
    'kobo.exportHomes': async () => {
      const { municipality } = getSettings(db());
      const path = await shell.chooseSaveFile({
        title: 'Eksporter boliger til Kobo-format',
        defaultName: `Boliger Kobo – ${municipality}.json`.replace(/[\\/:*?"<>|]/g, '-'),
        filters: JSON_FILTER,
      });
      if (!path) return null;
      const { json, rows } = koboExport(db(), session.clock.today());
      writeFileAtomic(path, Buffer.from(json, 'utf8'));
      return { path, fileName: basename(path), token: files.issue(path), rows };
    },
    'kobo.importHomes': async () => {
      const path = await shell.chooseOpenFile({
        title: 'Importer boliger fra Kobo-format',
        filters: JSON_FILTER,
      });
      if (!path) return null;
      return applyKobo(db(), readKoboFile(path), session.clock.now());
    },
  };
}
