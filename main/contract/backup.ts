// Backups of the register (issue 14): API input schemas and output types. Pure: shared by
// main, renderer and tests.
import { z } from 'zod';

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
