// Following the plan through the year (issue 13): the planner's follow-up of ending contracts
// and framleie leases, and the application (søknad) lifecycle. Pure: no I/O.
import type { TargetGroup } from './types';

/** What happens to a contract or framleie lease that is ending. */
export const FOLLOW_UP_STATUSES = ['forlenges', 'ny_kontrakt', 'flytter_ut', 'avklares'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, string> = {
  forlenges: 'Forlenges',
  ny_kontrakt: 'Ny kontrakt',
  flytter_ut: 'Flytter ut',
  avklares: 'Avklares',
};

/** A 3-year tenancy contract (tenancy) or the municipality's lease from a private owner (unit). */
export const ENDING_KINDS = ['kontrakt', 'framleie'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export const ENDING_KIND_LABEL: Record<EndingKind, string> = {
  kontrakt: 'Leiekontrakt',
  framleie: 'Framleieavtale',
};

/** Whole days from `today` to `end` (negative when the end has passed). */
export function daysBetween(today: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

// ---- Applications ---------------------------------------------------------------------------

/**
 * registrert → innvilget | avslått | trukket; innvilget → tildelt | trukket. An application that
 * is tildelt, avslått or trukket is closed: it no longer counts as demand.
 */
export const NEED_STATUSES = ['registrert', 'innvilget', 'avslatt', 'tildelt', 'trukket'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_LABEL: Record<NeedStatus, string> = {
  registrert: 'Registrert',
  innvilget: 'Innvilget (venter på bolig)',
  avslatt: 'Avslått',
  tildelt: 'Tildelt bolig',
  trukket: 'Trukket',
};

export const OPEN_NEED_STATUSES: readonly NeedStatus[] = ['registrert', 'innvilget'];

export const isOpenNeed = (status: NeedStatus): boolean => OPEN_NEED_STATUSES.includes(status);

/** The moves the planner can make from each status. */
export const NEXT_NEED_STATUSES: Record<NeedStatus, readonly NeedStatus[]> = {
  registrert: ['innvilget', 'avslatt', 'trukket'],
  innvilget: ['tildelt', 'trukket'],
  avslatt: [],
  tildelt: [],
  trukket: [],
};

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT_NEED_STATUSES[from].includes(to);
}

/** SSB's groups for households allocated a home (KOSTRA skjema 13). */
export const SSB_GROUPS = [
  'flyktninger',
  'tilrettelagt',
  'psykisk',
  'rus',
  'rus_psykisk',
  'andre',
] as const;
export type SsbGroup = (typeof SSB_GROUPS)[number];

export const SSB_GROUP_LABEL: Record<SsbGroup, string> = {
  flyktninger: 'Flyktninger (bosatt siste fem år)',
  tilrettelagt: 'Funksjonsnedsettelse (tilrettelagt bolig)',
  psykisk: 'Psykisk lidelse',
  rus: 'Rusproblemer',
  rus_psykisk: 'Rus og psykisk lidelse',
  andre: 'Andre vanskeligstilte',
};

/**
 * The SSB group a need falls in when the planner has not chosen one: refugees and the two
 * disability groups map directly; «rus/psykisk helse» is the combined group; everyone else is
 * «andre». The planner can override per application (e.g. psykisk lidelse only).
 */
export function defaultSsbGroup(targetGroup: TargetGroup): SsbGroup {
  switch (targetGroup) {
    case 'flyktninger':
      return 'flyktninger';
    case 'funksjonsnedsettelse':
    case 'utviklingshemmede':
      return 'tilrettelagt';
    case 'rus_psykisk_helse':
      return 'rus_psykisk';
    default:
      return 'andre';
  }
}
