// Issue 13 handlers: contract follow-up (list, set, export) and the application lifecycle.
import { basename } from 'node:path';
import type { Handlers, HandlerContext } from './handlers';
import { allEndings, DEFAULT_MONTHS, listEndings, setFollowUp } from '../register/followUp';
import { linkNeed, setNeedStatus } from '../register/applications';
import { getSettings } from '../register/settings';
import { buildFollowUpWorkbook } from '../export/followUpWorkbook';
import { writeFileAtomic } from '../import/service';
import { addMonths } from '../domain/format';

type FollowUpMethods =
  'followUp.list' | 'followUp.set' | 'followUp.export' | 'needs.setStatus' | 'needs.link';

const safeName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '-');

export function followUpHandlers(ctx: HandlerContext): Pick<Handlers, FollowUpMethods> {
  const { session, shell, files } = ctx;
  const db = () => session.db;
  const now = () => session.clock.now();
  const today = () => session.clock.today();
  return {
    'followUp.list': (q) => listEndings(db(), q, today()),
    'followUp.set': (f) => setFollowUp(db(), f, now()),
    'followUp.export': async (q) => {
      const { municipality } = getSettings(db());
      const path = await shell.chooseSaveFile({
        title: 'Eksporter kontraktoppfølging',
        defaultName: safeName(`Kontraktoppfølging – ${municipality}.xlsx`),
        filters: [{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }],
      });
      if (!path) return null;
      const rows = allEndings(db(), q, today());
      const until = addMonths(today(), q.months ?? DEFAULT_MONTHS);
      writeFileAtomic(
        path,
        await buildFollowUpWorkbook(rows, { municipality, today: today(), until }),
      );
      return { path, fileName: basename(path), token: files.issue(path), rows: rows.length };
    },
    'needs.setStatus': (s) => setNeedStatus(db(), s, now()),
    'needs.link': (l) => linkNeed(db(), l, now()),
  };
}
