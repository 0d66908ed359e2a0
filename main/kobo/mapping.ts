// Kobo-compatible exchange of homes (issue 13.5): the one table between our unit fields and
// Kobo's unit model (Husbanken + KS), and the pure conversions both ways. Kobo's household and
// tenancy fields (husstand, leieforhold) are never written: no personal data leaves the app.
// Fields Kobo's unit model has no place for travel in `boligplan`, so a round trip through a
// Kobo-format file loses nothing.
import type { Tenure, Unit } from '../domain/types';

/** One row of the mapping: Kobo's field, ours, and how the value is carried. */
export interface KoboFieldMapping {
  kobo: string;
  ours: string;
  note: string;
}

export const KOBO_MAPPING: readonly KoboFieldMapping[] = [
  {
    kobo: 'bruksenhetsnummer',
    ours: 'unitNo',
    note: "Bolignr (the municipality's id; Kobo's matrikkel unit number where the municipality uses it as bolignr)",
  },
  {
    kobo: 'boligtype',
    ours: 'buildingType',
    note: 'leilighet, rekkehus, enebolig, tomannsbolig, hybel, bofellesskap, omsorgsbolig',
  },
  { kobo: 'antallSoverom', ours: 'bedrooms', note: 'whole number' },
  { kobo: 'bruksareal', ours: 'areaM2', note: 'BRA m², one decimal' },
  { kobo: 'etasjenummer', ours: 'floor', note: 'null when unknown' },
  {
    kobo: 'disposisjonsform',
    ours: 'tenure',
    note: 'EIET (eid), INNLEID (framleie), TILDELINGSRETT (tildelingsrett)',
  },
  {
    kobo: 'eieform',
    ours: 'tenure',
    note: 'written only: KOMMUNAL for eid, PRIVAT otherwise (disposisjonsform decides on import)',
  },
  { kobo: 'erTilgjengeligForRullestolbruker', ours: 'wheelchairAccessible', note: 'true/false' },
  { kobo: 'erBofellesskap', ours: 'staffed', note: 'bemannet/samlokalisert: true/false' },
  {
    kobo: 'egenskaper',
    ours: 'universalDesign',
    note: 'list; UNIVERSELT_UTFORMET when universally designed',
  },
  { kobo: 'leiekostnad', ours: 'rentMonthly', note: 'monthly rent, whole kroner' },
  {
    kobo: 'husstand, leieforhold',
    ours: '—',
    note: 'never written (personal data); ignored on import',
  },
];

const TENURE_TO_KOBO: Record<Tenure, string> = {
  eid: 'EIET',
  framleie: 'INNLEID',
  tildelingsrett: 'TILDELINGSRETT',
};
const TENURE_FROM_KOBO: Record<string, Tenure> = Object.fromEntries(
  Object.entries(TENURE_TO_KOBO).map(([ours, kobo]) => [kobo, ours as Tenure]),
);
export const UNIVERSAL = 'UNIVERSELT_UTFORMET';

/** The home as our register holds it, with the area's name instead of its id. */
export type ExchangeUnit = Omit<Unit, 'id' | 'areaId' | 'note'> & { areaName: string | null };

export interface KoboUnit {
  bruksenhetsnummer: string;
  boligtype: string;
  antallSoverom: number;
  bruksareal: number;
  etasjenummer: number | null;
  disposisjonsform: string;
  eieform: string;
  erTilgjengeligForRullestolbruker: boolean;
  erBofellesskap: boolean;
  egenskaper: string[];
  leiekostnad: number;
  /** What Kobo's unit model has no field for. */
  boligplan: {
    adresse: string;
    omrade: string | null;
    antallRom: number | null;
    primaerrom: number | null;
    leieavtaleSlutter: string | null;
    leieTilEier: number | null;
    malgruppe: string | null;
    tilstandsgrad: number | null;
    vedlikeholdsetterslep: number;
    gjengsLeie: number | null;
    bokfortVerdi: number | null;
    status: string;
  };
}

export function toKobo(u: ExchangeUnit): KoboUnit {
  return {
    bruksenhetsnummer: u.unitNo,
    boligtype: u.buildingType,
    antallSoverom: u.bedrooms,
    bruksareal: u.areaM2,
    etasjenummer: u.floor,
    disposisjonsform: TENURE_TO_KOBO[u.tenure],
    eieform: u.tenure === 'eid' ? 'KOMMUNAL' : 'PRIVAT',
    erTilgjengeligForRullestolbruker: u.wheelchairAccessible,
    erBofellesskap: u.staffed,
    egenskaper: u.universalDesign ? [UNIVERSAL] : [],
    leiekostnad: u.rentMonthly,
    boligplan: {
      adresse: u.address,
      omrade: u.areaName,
      antallRom: u.rooms,
      primaerrom: u.promM2,
      leieavtaleSlutter: u.leaseEnd,
      leieTilEier: u.ownerRentMonthly,
      malgruppe: u.targetGroup,
      tilstandsgrad: u.condition,
      vedlikeholdsetterslep: u.maintenanceBacklog,
      gjengsLeie: u.marketRentMonthly,
      bokfortVerdi: u.bookValue,
      status: u.status,
    },
  };
}

/**
 * A Kobo record as unit input (before validation): unknown shapes pass through so the register's
 * own validation names the field. Rooms and P-ROM are unknown (null) and status «ledig» when a
 * file from Kobo itself has no `boligplan` part.
 */
export function fromKobo(k: Record<string, unknown>): Record<string, unknown> {
  const ext = (k.boligplan ?? {}) as Record<string, unknown>;
  const bedrooms = k.antallSoverom;
  const disp = typeof k.disposisjonsform === 'string' ? k.disposisjonsform.toUpperCase() : '';
  return {
    unitNo: k.bruksenhetsnummer,
    address: ext.adresse,
    areaName: ext.omrade ?? null,
    buildingType: k.boligtype,
    tenure: TENURE_FROM_KOBO[disp] ?? k.disposisjonsform,
    leaseEnd: ext.leieavtaleSlutter ?? null,
    ownerRentMonthly: ext.leieTilEier ?? null,
    bedrooms,
    rooms: ext.antallRom ?? null,
    areaM2: k.bruksareal,
    promM2: ext.primaerrom ?? null,
    floor: k.etasjenummer ?? null,
    wheelchairAccessible: k.erTilgjengeligForRullestolbruker,
    universalDesign: Array.isArray(k.egenskaper) && k.egenskaper.includes(UNIVERSAL),
    staffed: k.erBofellesskap,
    targetGroup: ext.malgruppe ?? null,
    condition: ext.tilstandsgrad ?? null,
    maintenanceBacklog: ext.vedlikeholdsetterslep ?? 0,
    rentMonthly: k.leiekostnad,
    marketRentMonthly: ext.gjengsLeie ?? null,
    bookValue: ext.bokfortVerdi ?? null,
    status: ext.status ?? 'ledig',
    note: '',
  };
}

/** Our field name → the Kobo field a message should name. */
export const KOBO_NAME: Record<string, string> = {
  unitNo: 'bruksenhetsnummer',
  buildingType: 'boligtype',
  bedrooms: 'antallSoverom',
  areaM2: 'bruksareal',
  floor: 'etasjenummer',
  tenure: 'disposisjonsform',
  wheelchairAccessible: 'erTilgjengeligForRullestolbruker',
  staffed: 'erBofellesskap',
  universalDesign: 'egenskaper',
  rentMonthly: 'leiekostnad',
  address: 'boligplan.adresse',
  rooms: 'boligplan.antallRom',
  promM2: 'boligplan.primaerrom',
  leaseEnd: 'boligplan.leieavtaleSlutter',
  ownerRentMonthly: 'boligplan.leieTilEier',
  targetGroup: 'boligplan.malgruppe',
  condition: 'boligplan.tilstandsgrad',
  maintenanceBacklog: 'boligplan.vedlikeholdsetterslep',
  marketRentMonthly: 'boligplan.gjengsLeie',
  bookValue: 'boligplan.bokfortVerdi',
  status: 'boligplan.status',
};
