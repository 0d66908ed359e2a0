// Norwegian display names for the scenario engine's codes (UI, messages, exports).
import type { Action, ActionKind, FramleieAction, GrantSpec } from './actions';
import type { InvestmentLine, OperatingLine } from './budget';
import type { LoanType } from './money';
import type { DemandPart, SupplyPart } from './needs';

export const ACTION_KIND_LABEL: Record<ActionKind, string> = {
  kjop: 'Kjøp',
  bygging: 'Bygging',
  salg: 'Salg',
  framleie: 'Framleie',
  leie_til_eie: 'Leie-til-eie',
  rehabilitering: 'Rehabilitering',
  avvikling: 'Avvikling',
};

export const FRAMLEIE_MODE_LABEL: Record<FramleieAction['mode'], string> = {
  lease: 'Framleie',
  end: 'Framleie, avslutning',
  renew: 'Framleie, forlengelse',
};

export const LOAN_TYPE_LABEL: Record<LoanType, string> = {
  annuity: 'Annuitetslån',
  serial: 'Serielån',
};

export const GRANT_MODE_LABEL: Record<GrantSpec['mode'], string> = {
  rate: 'Sats per m²',
  percent: 'Prosent av kostnad',
  none: 'Uten tilskudd',
};

export const INVESTMENT_LINE_LABEL: Record<InvestmentLine, string> = {
  purchases: 'Kjøp av boliger',
  building: 'Bygging',
  rehabilitation: 'Rehabilitering',
  grantRepaid: 'Tilbakebetalt tilskudd',
  loanRepaidOnSale: 'Innfridd lån ved salg',
  salesIncome: 'Salgsinntekter',
  grants: 'Tilskudd fra Husbanken',
  newLoans: 'Bruk av lån',
};

export const OPERATING_LINE_LABEL: Record<OperatingLine, string> = {
  rentIncome: 'Husleieinntekter',
  vacancyLoss: 'Tap ved tomgang',
  framleieRentPaid: 'Leiekostnad framleie',
  operationMaintenance: 'Drift og vedlikehold',
  management: 'Forvaltning og administrasjon',
  interest: 'Renter, nye lån',
  instalments: 'Avdrag, nye lån',
  existingInterest: 'Renter, eksisterende lån',
  existingInstalments: 'Avdrag, eksisterende lån',
};

export const NET_LABEL = {
  netInvestment: 'Netto investering (egenfinansiering)',
  netOperatingCost: 'Netto driftsutgift',
  netCost: 'Netto kostnad',
  npv: 'Nåverdi av netto kostnad',
} as const;

export const DEMAND_PART_LABEL: Record<DemandPart, string> = {
  waitingList: 'Venteliste',
  forecast: 'Prognose',
  mustMove: 'Bør flytte (trangbodd/for få soverom)',
  leaseEnding: 'Må flytte: framleie avsluttes',
  homeRemoved: 'Må flytte: boligen selges eller tas ut',
};

export const SUPPLY_PART_LABEL: Record<SupplyPart, string> = {
  vacant: 'Ledige boliger',
  released: 'Frigjøres ved flytting',
  contractEnd: 'Utflytting ved kontraktslutt',
  careerExit: 'Utflytting via boligkarriere',
  added: 'Nye boliger (tiltak)',
};

/** Supply parts that are expected values (fractions of households), shown rounded as «ca.». */
export const EXPECTED_SUPPLY_PARTS: readonly SupplyPart[] = ['contractEnd', 'careerExit'];

export const REGISTER_LINE_LABEL = 'Eksisterende boligmasse';

/** «Tiltak 3 (Salg)» — the action's number in the list (1-based) and its kind. */
export function actionTitle(a: Action, index: number): string {
  const kind =
    a.kind === 'framleie'
      ? FRAMLEIE_MODE_LABEL[a.mode]
      : a.kind === 'bygging' && a.project.trim()
        ? `Bygging «${a.project.trim()}»`
        : ACTION_KIND_LABEL[a.kind];
  return `Tiltak ${index + 1} (${kind})`;
}
