// The backup API handlers, spread into the handler map in handlers.ts. The renderer names a
// backup by its file name in the backup folder, never by a path.
import { existsSync, mkdirSync } from 'node:fs';
import { backupFolder, createBackup, listBackups } from '../register/backup';
import { restoreIntoSession } from '../register/recovery';
import type { HandlerContext, Handlers } from './handlers';

type BackupMethods = 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.showFolder';

export function backupHandlers({ session, shell }: HandlerContext): Pick<Handlers, BackupMethods> {
  return {
    'backups.list': () => ({
      folder: backupFolder(session.path),
      backups: listBackups(session.path),
    }),
    'backups.create': () => createBackup(session.db, session.path, 'manuell', session.clock.now()),
    'backups.restore': ({ file }) => restoreIntoSession(session, file),
    'backups.showFolder': () => {
      const folder = backupFolder(session.path);
      if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
      shell.showInFolder(folder);
      return { shown: true };
    },
  };
}
