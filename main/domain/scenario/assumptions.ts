// Scenario assumptions (forutsetninger) with stated defaults, Norwegian labels for the UI,
// and Husbanken's grant rates for rental homes.
import type { LoanType } from './money';

export const GRANT_GROUPS = ['oslo', 'baerum', '3', '4', '5', 'ovrige'] as const;
/** Husbanken's municipality groups for the grant for rental homes (tilskudd til utleieboliger). */
export type GrantGroup = (typeof GRANT_GROUPS)[number];

export interface GrantRate {
  label: string;
  /** Kroner per m² P-ROM. */
  krPerM2: number;
  /** The grant is capped at a home of this size. */
  maxM2: number;
  /** krPerM2 × maxM2. */
  maxAmount: number;
  municipalities: string;
}

/** Rates from the forskrift as of 16.06.2023 (DOMAIN.md); verify before relying on them. */
export const GRANT_RATES_VALID_FROM = '2023-06-16';
export const GRANT_MAX_M2 = 80;
/** Today's grants are written down over 30 years (3,3 % per completed year, § 10). */
export const GRANT_WRITE_DOWN_YEARS = 30;

export const GRANT_RATES: Record<GrantGroup, GrantRate> = {
  oslo: { label: 'Oslo', krPerM2: 21_200, maxM2: 80, maxAmount: 1_696_000, municipalities: 'Oslo' },
  baerum: {
    label: 'Bærum',
    krPerM2: 17_000,
    maxM2: 80,
    maxAmount: 1_360_000,
    municipalities: 'Bærum',
  },
  '3': {
    label: 'Gruppe 3',
    krPerM2: 12_700,
    maxM2: 80,
    maxAmount: 1_016_000,
    municipalities:
      'Asker, Bergen, Drammen, Frogn, Lørenskog, Nesodden, Rælingen, Lillestrøm, Nordre Follo, ' +
      'Tromsø, Trondheim, Ullensaker, Ås',
  },
  '4': {
    label: 'Gruppe 4',
    krPerM2: 11_700,
    maxM2: 80,
    maxAmount: 936_000,
    municipalities:
      'Bodø, Gjerdrum, Lier, Lillehammer, Malvik, Moss, Nittedal, Sandnes, Sogndal, Sola, ' +
      'Stavanger, Sunnfjord, Tønsberg, Vestby',
  },
  '5': {
    label: 'Gruppe 5',
    krPerM2: 9_600,
    maxM2: 80,
    maxAmount: 768_000,
    municipalities:
      'Alta, Alver, Askøy, Bjørnafjorden, Eidsvoll, Enebakk, Fredrikstad, Færder, Gjesdal, ' +
      'Gjøvik, Hamar, Hammerfest, Hole, Holmestrand, Horten, Hvaler, Hå, Indre Østfold, Kinn, ' +
      'Klepp, Kongsberg, Kristiansand, Melhus, Molde, Nannestad, Nes (Akershus), Randaberg, ' +
      'Ringerike, Råde, Sandefjord, Skaun, Stjørdal, Stryn, Time, Øvre Eiker, Øygarden, Ålesund',
  },
  ovrige: {
    label: 'Øvrige kommuner',
    krPerM2: 8_500,
    maxM2: 80,
    maxAmount: 680_000,
    municipalities: 'Alle andre kommuner (f.eks. Verdal, Halden, Oppdal)',
  },
};

/** Loan terms for an action: share of (cost − grant) financed by loan, rate, term, type. */
export interface LoanTerms {
  /** Share of (cost − grant) financed by a loan, 0–1. The rest is own funds (egenkapital). */
  share: number;
  interestRate: number;
  /** Term in years (Husbanken: normally 30, up to 50 for rental homes). */
  years: number;
  type: LoanType;
}

/** The turnover part of the assumptions (also used by assessNeeds). */
export interface TurnoverAssumptions {
  /** Share of tenants whose contract ends in a year who actually move out (e.g. 0.3). */
  moveOutRateAtContractEnd: number;
  /** Yearly share of boligkarriere candidates (startlån, leie-til-eie) who move out. */
  careerExitRate: number;
  /**
   * A contract that is not ended is renewed for this many years and may end again
   * (0 = renewed open-ended, i.e. only the first contract end counts). Default 3.
   */
  contractRenewalYears?: number;
  /**
   * Share of the households that should move (crowded, too few bedrooms) who move each year,
   * of the whole group: 0.25 spreads them over four years (8 → 2 a year). Default 0.25.
   */
  mustMoveRate?: number;
}

/**
 * All amounts are in the plan's first year's kroner (faste priser); the engine inflates
 * them per year from startYear: prices (purchase, build, rehab, sale) with priceGrowth,
 * rents (own and framleie) with rentGrowth, maintenance and management with costGrowth.
 * Husbanken's kr/m² grant rates are nominal and not inflated.
 */
export interface Assumptions extends TurnoverAssumptions {
  /** Interest on new loans unless an action says otherwise. */
  interestRate: number;
  priceGrowth: number;
  rentGrowth: number;
  costGrowth: number;
  /** Operation and maintenance (drift og vedlikehold) of owned homes, kr per m² BRA per year. */
  maintenancePerM2PerYear: number;
  /** Management/administration (forvaltning), kr per home per year, all tenures. */
  managementPerUnitPerYear: number;
  /** Share of rent lost to vacancy and re-letting (tomgang). */
  vacancyLoss: number;
  /** Discount rate for present values (kalkulasjonsrente). */
  discountRate: number;
  contractRenewalYears: number;
  mustMoveRate: number;
  municipalityGroup: GrantGroup;
  /** Default loan terms; the rate is interestRate. */
  defaultLoan: Omit<LoanTerms, 'interestRate'>;
  /** Coverage of needs the plan should reach in its last year, 0–1 (warning below it). */
  coverageTarget: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  interestRate: 0.045,
  priceGrowth: 0.03,
  rentGrowth: 0.025,
  costGrowth: 0.03,
  maintenancePerM2PerYear: 300,
  managementPerUnitPerYear: 8_000,
  vacancyLoss: 0.03,
  discountRate: 0.04,
  moveOutRateAtContractEnd: 0.3,
  careerExitRate: 0.1,
  contractRenewalYears: 3,
  mustMoveRate: 0.25,
  municipalityGroup: 'ovrige',
  defaultLoan: { share: 1, years: 30, type: 'annuity' },
  coverageTarget: 0.9,
};

export type AssumptionUnit = 'andel' | 'kr' | 'år' | 'valg';

export interface AssumptionField {
  label: string;
  description: string;
  unit: AssumptionUnit;
}

type ScalarAssumptionKey = Exclude<keyof Assumptions, 'defaultLoan'>;

/** Norwegian labels and descriptions for the assumptions sheet and the UI. */
export const ASSUMPTION_FIELDS: Record<ScalarAssumptionKey, AssumptionField> = {
  interestRate: {
    label: 'Rente',
    description: 'Rente på nye lån (Husbanken/KBN), brukes når tiltaket ikke har egen rente.',
    unit: 'andel',
  },
  priceGrowth: {
    label: 'Prisvekst',
    description: 'Årlig vekst i boligpriser og byggekostnader fra planens første år.',
    unit: 'andel',
  },
  rentGrowth: {
    label: 'Husleievekst',
    description: 'Årlig vekst i husleie og i leie til private eiere (framleie).',
    unit: 'andel',
  },
  costGrowth: {
    label: 'Kostnadsvekst',
    description: 'Årlig vekst i kostnader til drift, vedlikehold og forvaltning.',
    unit: 'andel',
  },
  maintenancePerM2PerYear: {
    label: 'Drift og vedlikehold per m²',
    description: 'Kroner per m² BRA per år for eide boliger (eier står for framleide boliger).',
    unit: 'kr',
  },
  managementPerUnitPerYear: {
    label: 'Forvaltning per bolig',
    description: 'Kroner per bolig per år til forvaltning og administrasjon, alle boliger.',
    unit: 'kr',
  },
  vacancyLoss: {
    label: 'Tap ved tomgang',
    description: 'Andel av husleien som tapes ved tomgang og utskifting av leietakere.',
    unit: 'andel',
  },
  discountRate: {
    label: 'Kalkulasjonsrente',
    description: 'Diskonteringsrente for nåverdi (Finansdepartementet anbefaler 4 %, R-109/21).',
    unit: 'andel',
  },
  moveOutRateAtContractEnd: {
    label: 'Utflytting ved kontraktslutt',
    description: 'Andel av leietakerne med kontrakt som løper ut i året, som faktisk flytter.',
    unit: 'andel',
  },
  careerExitRate: {
    label: 'Utflytting via boligkarriere',
    description: 'Andel per år av kandidatene for startlån og leie-til-eie som flytter ut.',
    unit: 'andel',
  },
  contractRenewalYears: {
    label: 'Lengde på fornyet kontrakt',
    description: 'År en kontrakt fornyes med når leietakeren blir boende (0 = tidsubestemt).',
    unit: 'år',
  },
  mustMoveRate: {
    label: 'Flytting av dem som bør flytte',
    description:
      'Andel per år av husstandene som bør flytte (trangbodde, for få soverom) som får en ' +
      'annen bolig; 25 % fordeler dem over fire år.',
    unit: 'andel',
  },
  municipalityGroup: {
    label: 'Kommunegruppe for tilskudd',
    description: 'Husbankens satsgruppe for tilskudd til utleieboliger (kr per m², maks 80 m²).',
    unit: 'valg',
  },
  coverageTarget: {
    label: 'Mål for dekning',
    description:
      'Andel av behovet planen skal dekke i siste år; planen får et varsel når dekningen er lavere.',
    unit: 'andel',
  },
};

export const DEFAULT_LOAN_FIELDS: Record<keyof LoanTerms, AssumptionField> = {
  share: {
    label: 'Lånefinansiert andel',
    description: 'Andel av investeringen etter tilskudd som finansieres med lån.',
    unit: 'andel',
  },
  interestRate: { label: 'Rente', description: 'Rente på lånet.', unit: 'andel' },
  years: { label: 'Løpetid', description: 'Nedbetalingstid i år.', unit: 'år' },
  type: { label: 'Lånetype', description: 'Annuitetslån eller serielån.', unit: 'valg' },
};

/** Fills an action's loan terms from the assumptions. */
export function resolveLoan(a: Assumptions, loan?: Partial<LoanTerms>): LoanTerms {
  return {
    share: loan?.share ?? a.defaultLoan.share,
    interestRate: loan?.interestRate ?? a.interestRate,
    years: loan?.years ?? a.defaultLoan.years,
    type: loan?.type ?? a.defaultLoan.type,
  };
}

/** Fills missing fields (e.g. from an older saved scenario) from DEFAULT_ASSUMPTIONS. */
export function withDefaults(a: Partial<Assumptions> | undefined): Assumptions {
  return {
    ...DEFAULT_ASSUMPTIONS,
    ...a,
    defaultLoan: { ...DEFAULT_ASSUMPTIONS.defaultLoan, ...a?.defaultLoan },
  };
}
