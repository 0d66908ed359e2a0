// A scenario with one action of each kind on the fictional sample register (tests/unit/helpers
// openTestRegister({ sample: true })): purchase with grant and annuity loan, build with serial
// loan, sales (named homes, by segment, from the purchase), framleie (lease, end, renew),
// leie-til-eie, rehabilitation and decommissioning.
import { DEFAULT_ASSUMPTIONS, type Action, type Scenario } from '../../../main/domain/scenario';

export const ALL_KINDS: Action[] = [
  {
    kind: 'kjop',
    id: 'kjop-1',
    year: 2027,
    segment: '3|-|-',
    count: 4,
    pricePerHome: 3_200_000,
    areaM2PerHome: 75,
    rentMonthlyPerHome: 13_500,
    grant: { mode: 'rate' },
    loan: { type: 'annuity', years: 30 },
    note: 'Kjøp i Sentrum',
  },
  {
    kind: 'bygging',
    id: 'bygg-1',
    project: 'Elvetunet',
    units: [
      { segment: '2|-|-', count: 6, areaM2PerHome: 58, rentMonthlyPerHome: 11_000 },
      { segment: '1|R|-', count: 2, areaM2PerHome: 45, rentMonthlyPerHome: 9_500 },
      { segment: '2|-|-', count: 2, areaM2PerHome: 62.5, rentMonthlyPerHome: 11_650 },
    ],
    totalCost: 42_000_000,
    startYear: 2027,
    completionYear: 2028,
    grant: { mode: 'rate' },
    loan: { type: 'serial', years: 40, interestRate: 0.042, share: 0.9 },
  },
  {
    kind: 'salg',
    id: 'salg-1',
    year: 2028,
    target: { mode: 'units', unitIds: [3] },
    pricePerHome: 2_600_000,
  },
  {
    kind: 'salg',
    id: 'salg-2',
    year: 2029,
    target: { mode: 'action', actionId: 'kjop-1', count: 1 },
    pricePerHome: 3_400_000,
  },
  {
    kind: 'salg',
    id: 'salg-3',
    year: 2028,
    target: { mode: 'segment', segment: '1|-|-', count: 2 },
    pricePerHome: 1_900_000,
  },
  {
    kind: 'salg',
    id: 'salg-4',
    year: 2031,
    target: { mode: 'action', actionId: 'bygg-1', segment: '2|-|-', count: 3 },
    pricePerHome: 3_000_000,
  },
  {
    kind: 'framleie',
    mode: 'lease',
    id: 'framleie-1',
    year: 2027,
    segment: '2|-|-',
    count: 5,
    termYears: 5,
    ownerRentMonthly: 10_500,
    rentMonthly: 11_000,
  },
  { kind: 'framleie', mode: 'end', id: 'framleie-2', unitIds: [25], year: 2028 },
  {
    kind: 'framleie',
    mode: 'renew',
    id: 'framleie-3',
    unitIds: [18],
    untilYear: 2031,
    ownerRentMonthly: 7_000,
  },
  {
    kind: 'leie_til_eie',
    id: 'lte-1',
    unitId: 1,
    year: 2029,
    price: 2_900_000,
  },
  {
    kind: 'rehabilitering',
    id: 'rehab-1',
    unitIds: [5, 6],
    fromYear: 2028,
    toYear: 2029,
    cost: 1_800_000,
    newCondition: 1,
    loan: { years: 20 },
  },
  { kind: 'avvikling', id: 'avvikling-1', unitIds: [4], year: 2030, keepLoan: true },
];

export function allKindsScenario(o: Partial<Scenario> = {}): Scenario {
  return {
    name: 'Alle tiltak',
    startYear: 2027,
    years: 6,
    assumptions: DEFAULT_ASSUMPTIONS,
    actions: ALL_KINDS,
    ...o,
  };
}
