// The start of the app as the planner sees it: a damaged register is not opened; the newest
// good backup is offered in a dialog. The logic is in main/register/recovery.ts (tested under
// Node); this file only shows the dialogs.
import { dialog } from 'electron';
import { describeBackup } from '../contract/backup';
import { backupFolder } from '../register/backup';
import { restoreDamaged, startRegister } from '../register/recovery';
import { type RegisterSession, systemClock } from '../register/session';

/** The register to work on, or null when the planner chose to quit. Throws AppError. */
export async function openAtStart(path: string, sample: boolean): Promise<RegisterSession | null> {
  const outcome = await startRegister(path, systemClock, { sample }, { lock: 'app' });
  if (outcome.kind === 'opened') {
    if (outcome.backupProblem) {
      void dialog.showMessageBox({
        type: 'warning',
        title: 'Sikkerhetskopi',
        message: 'Kunne ikke lage sikkerhetskopi ved oppstart',
        detail: `${outcome.backupProblem}\n\nDu kan arbeide videre; prøv «Lag sikkerhetskopi nå» under Innstillinger.`,
      });
    }
    return outcome.session;
  }
  const backup = outcome.newestGood;
  if (!backup) {
    dialog.showErrorBox(
      'Registeret er skadet',
      `${outcome.message}\n\nDet finnes ingen brukbar sikkerhetskopi i ${backupFolder(path)}. ` +
        'Kontakt IT for å hente filen fra en annen sikkerhetskopi.',
    );
    return null;
  }
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Registeret er skadet',
    message: 'Registeret er skadet',
    detail:
      `${outcome.message}\n\nNyeste gode sikkerhetskopi: ${describeBackup(backup)}.\n\n` +
      'Vil du gjenopprette fra sikkerhetskopien? Endringer etter at den ble laget, er ikke med. ' +
      'Den skadde filen blir liggende ved siden av registeret.',
    buttons: ['Gjenopprett fra sikkerhetskopi', 'Avslutt'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return null;
  return restoreDamaged(path, backup.file, systemClock, { lock: 'app' });
}
