// Norwegian display names for the domain's codes. One place, used by UI, CLI messages and exports.
import { isSsbCrowdingRule, PROM_SHARE_OF_BRA, type CrowdingRule } from './rules';
import type {
  BuildingType,
  CareerPath,
  ChildGender,
  FollowUpLevel,
  IncomeSource,
  Lender,
  NeedKind,
  RepaymentType,
  TargetGroup,
  Tenure,
  UnitStatus,
  Urgency,
} from './types';

export const TENURE_LABEL: Record<Tenure, string> = {
  eid: 'Eid',
  framleie: 'Framleie',
  tildelingsrett: 'Tildelingsrett',
};

export const STATUS_LABEL: Record<UnitStatus, string> = {
  utleid: 'Utleid',
  ledig: 'Ledig',
  under_rehabilitering: 'Under rehabilitering',
  ute_av_drift: 'Ute av drift',
  til_salgs: 'Til salgs',
};

export const BUILDING_TYPE_LABEL: Record<BuildingType, string> = {
  leilighet: 'Leilighet',
  rekkehus: 'Rekkehus',
  enebolig: 'Enebolig',
  tomannsbolig: 'Tomannsbolig',
  hybel: 'Hybel',
  bofellesskap: 'Bofellesskap',
  omsorgsbolig: 'Omsorgsbolig',
};

export const TARGET_GROUP_LABEL: Record<TargetGroup, string> = {
  barnefamilier: 'Barnefamilier',
  flyktninger: 'Flyktninger (bosetting)',
  rus_psykisk_helse: 'Rus/psykisk helse',
  utviklingshemmede: 'Utviklingshemmede',
  funksjonsnedsettelse: 'Funksjonsnedsettelse',
  unge_i_overgang: 'Unge i overgang',
  eldre: 'Eldre',
  bostedslose: 'Bostedsløse',
  loslatte: 'Løslatte',
  andre: 'Andre',
};

export const INCOME_SOURCE_LABEL: Record<IncomeSource, string> = {
  arbeid: 'Arbeid',
  uforetrygd: 'Uføretrygd',
  aap: 'AAP',
  sosialhjelp: 'Sosialhjelp',
  introduksjonsstonad: 'Introduksjonsstønad',
  annet: 'Annet',
};

export const FOLLOW_UP_LABEL: Record<FollowUpLevel, string> = {
  ingen: 'Ingen',
  lav: 'Lav',
  middels: 'Middels',
  hoy: 'Høy',
};

export const CAREER_PATH_LABEL: Record<CareerPath, string> = {
  ingen: 'Ikke aktuelt',
  startlan: 'Startlån',
  leie_til_eie: 'Leie-til-eie',
  privat_leie: 'Privat leiemarked',
};

export const URGENCY_LABEL: Record<Urgency, string> = {
  akutt: 'Akutt',
  hoy: 'Høy',
  normal: 'Normal',
  lav: 'Lav',
};

export const NEED_KIND_LABEL: Record<NeedKind, string> = {
  soker: 'Søker (venteliste)',
  prognose: 'Prognose',
};

export function conditionLabel(grade: number | null): string {
  return grade === null ? 'Ikke vurdert' : `TG${grade}`;
}

/** The crowding rule in words, with «SSBs definisjon» or «alternativ regel». */
export function crowdingRuleSummary(r: CrowdingRule): string {
  const rooms =
    r.roomsPerPerson === 1
      ? 'færre rom enn personer (eller én person på ett rom)'
      : `færre enn ${String(r.roomsPerPerson).replace('.', ',')} rom per person`;
  const join = r.requireBoth ? 'og samtidig' : 'eller';
  const which = isSsbCrowdingRule(r) ? 'SSBs definisjon' : 'alternativ regel, ikke SSBs definisjon';
  return (
    `Trangbodd (${which}): ${rooms} ${join} under ${String(r.minM2PerPerson).replace('.', ',')} m² ` +
    'P-ROM per person. Mangler antall rom, holder arealet alene. P-ROM anslås som ' +
    `${Math.round(PROM_SHARE_OF_BRA * 100)} % av BRA der det ikke er registrert.`
  );
}

// --- The existing stock's loans and grants, and children's genders ---------------------------

export const LENDER_LABEL: Record<Lender, string> = {
  husbanken: 'Husbanken',
  kbn: 'KBN',
  annen: 'Annen långiver',
};

export const REPAYMENT_LABEL: Record<RepaymentType, string> = {
  annuity: 'Annuitet',
  serial: 'Serie',
};

export const CHILD_GENDER_LABEL: Record<ChildGender, string> = {
  jente: 'Jente',
  gutt: 'Gutt',
};

/** A grant's write-down in words: 30 → «3,3 % per år (30 år)», 20 → «5 % per år (20 år)». */
export function writeDownLabel(years: number): string {
  const pct = Math.round((100 / years) * 10) / 10;
  return `${String(pct).replace('.', ',')} % per år (${years} år)`;
}
