// Backups of the register (issue 14): API input schemas and output types. Pure: shared by
// main, renderer and tests.
import { z } from 'zod';
import { counted, formatDateTime } from '../domain/count';

/** Why a backup was taken: at start (pruned by the rolling policy), by hand, or just before a restore. */
export type BackupKind = 'auto' | 'manuell' | 'gjenoppretting';

/** What a backup holds, read from the file itself. */
export interface BackupPreview {
  municipality: string;
  units: number;
  households: number;
  needs: number;
  scenarios: number;
  schemaVersion: number;
}

export interface BackupInfo {
  /** File name inside the backup folder (never a path: the renderer cannot name other files). */
  file: string;
  /** ISO timestamp (UTC) the backup was taken. */
  takenAt: string;
  kind: BackupKind;
  bytes: number;
  /** Null when the file cannot be read; `problem` then says why, in Norwegian. */
  preview: BackupPreview | null;
  problem: string | null;
}

export interface BackupList {
  /** The folder the planner can open in the file manager. */
  folder: string;
  backups: BackupInfo[];
}

export const backupFileInput = z
  .object({
    file: z
      .string({ error: 'velg en sikkerhetskopi' })
      .min(1, 'velg en sikkerhetskopi')
      .max(255)
      .regex(/^[^/\\]+\.sqlite$/, 'ugyldig filnavn for en sikkerhetskopi'),
  })
  .strict();

/** "25.11.2026 kl. 13:00: 160 boliger, 150 husstander, 40 behov og 1 scenario" */
export function describeBackup(b: BackupInfo): string {
  const when = formatDateTime(b.takenAt);
  if (!b.preview) return `${when}: ${b.problem ?? 'kan ikke leses'}`;
  const p = b.preview;
  return (
    `${when}: ${counted(p.units, 'bolig', 'boliger')}, ` +
    `${counted(p.households, 'husstand', 'husstander')}, ${counted(p.needs, 'behov', 'behov')} ` +
    `og ${counted(p.scenarios, 'scenario', 'scenarioer')}`
  );
}
