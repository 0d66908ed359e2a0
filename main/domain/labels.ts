// Norwegian display names for the domain's codes. One place, used by UI, CLI messages and exports.
import { formatNumber } from './format';
import {
  DEFAULT_BEDROOM_RULE,
  isSsbCrowdingRule,
  PROM_SHARE_OF_BRA,
  type BedroomRule,
  type CrowdingRule,
} from './rules';
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

/** The bedroom rule in words, for Behovsanalyse, the report and the export. */
export function bedroomRuleSummary(r: BedroomRule = DEFAULT_BEDROOM_RULE): string {
  const share = (x: number) =>
    x === 1
      ? 'et eget soverom'
      : x === 0.5
        ? 'et halvt soverom (to deler)'
        : `${formatNumber(x, 2)} soverom`;
  return [
    r.coupleShares ? 'Ett soverom per par' : 'Ett soverom per voksen',
    `og per annen person fra ${r.adultAge} år.`,
    `Barn under ${r.youngChildAge} år teller ${share(r.youngChildShare)},`,
    `barn ${r.youngChildAge}–${r.adultAge - 1} år ${share(r.olderChildShare)}`,
    r.olderChildShare === 1
      ? '(også søsken av samme kjønn har egne rom).'
      : '(med et søsken av samme kjønn; der kjønn ikke er registrert, planlegges for det som krever flest rom: ⌊n/2⌋ + 1 rom for n barn).',
    'Delte rom rundes opp, minst ett soverom.',
  ].join(' ');
}
