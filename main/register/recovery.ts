// Starting on a register file: integrity check first; a damaged file is not opened but
// reported with the newest good backup to offer; a healthy one is opened and backed up
// (rolling policy). Restoring a backup while the app runs lives here too. Free of Electron:
// the shell only shows the dialogs.
import { existsSync, rmSync } from 'node:fs';
import type { BackupInfo } from '../contract/backup';
import {
  createBackup,
  integrityProblem,
  newestGoodBackup,
  pruneBackups,
  replaceWithBackup,
  resolveBackup,
  undoReplace,
} from './backup';
import { AppError } from './errors';
import { RegisterSession, type Clock, type CreateOptions, type SessionOptions } from './session';

export type StartOutcome =
  | {
      kind: 'opened';
      session: RegisterSession;
      /** The backup taken at this start (null if it failed: `backupProblem` says why). */
      backup: BackupInfo | null;
      backupProblem: string | null;
    }
  | {
      kind: 'damaged';
      path: string;
      /** Norwegian, for the planner. */
      message: string;
      /** The newest backup that passes the integrity check, or null if there is none. */
      newestGood: BackupInfo | null;
    };

/** Opens (or creates) the register at start, after checking it, and backs it up. */
export async function startRegister(
  path: string,
  clock: Clock,
  options: CreateOptions = {},
  sessionOptions: SessionOptions = {},
): Promise<StartOutcome> {
  if (existsSync(path)) {
    const problem = integrityProblem(path);
    if (problem !== null) {
      return {
        kind: 'damaged',
        path,
        message:
          `Registerfilen ${path} er skadet og kan ikke brukes (${problem}). ` +
          'Filen blir ikke endret eller slettet.',
        newestGood: newestGoodBackup(path),
      };
    }
  }
  const session = RegisterSession.openOrCreate(path, clock, options, sessionOptions);
  try {
    const backup = await createBackup(session.db, path, 'auto', clock.now());
    pruneBackups(path);
    return { kind: 'opened', session, backup, backupProblem: null };
  } catch (e) {
    // A failed backup must not stop the planner from working: report it instead.
    return { kind: 'opened', session, backup: null, backupProblem: (e as Error).message };
  }
}

/**
 * Replaces a damaged register with a backup (the damaged file is kept beside it as
 * `<file>.erstattet-<time>`) and opens it.
 */
export function restoreDamaged(
  path: string,
  backupFile: string,
  clock: Clock,
  sessionOptions: SessionOptions = {},
): RegisterSession {
  const source = resolveBackup(path, backupFile);
  const problem = integrityProblem(source);
  if (problem !== null) {
    throw new AppError('register', `Sikkerhetskopien ${backupFile} er også skadet (${problem}).`);
  }
  const aside = replaceWithBackup(path, source, clock.now());
  try {
    return new RegisterSession(path, clock, sessionOptions);
  } catch (e) {
    undoReplace(path, aside);
    throw e;
  }
}

/**
 * Restores a backup in place of the open register. The register as it is now is backed up
 * first (kind «gjenoppretting»), so the restore itself can be undone from the list.
 */
export async function restoreIntoSession(
  session: RegisterSession,
  backupFile: string,
): Promise<BackupInfo> {
  const source = resolveBackup(session.path, backupFile);
  const problem = integrityProblem(source);
  if (problem !== null) {
    throw new AppError(
      'register',
      `Sikkerhetskopien ${backupFile} er skadet (${problem}) og kan ikke gjenopprettes. ` +
        'Registeret er ikke endret.',
    );
  }
  const safety = await createBackup(
    session.db,
    session.path,
    'gjenoppretting',
    session.clock.now(),
  );
  let aside: string | null = null;
  session.reopenAfter(
    () => {
      aside = replaceWithBackup(session.path, source, session.clock.now());
    },
    () => undoReplace(session.path, aside),
  );
  // The safety backup holds the same data as the file set aside.
  if (aside !== null) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(aside + suffix, { force: true });
  }
  return safety;
}
