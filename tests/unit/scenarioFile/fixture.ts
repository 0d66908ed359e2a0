// A scenario with one action of each kind on the fictional sample register, for the scenario
// file tests.
import { DEFAULT_ASSUMPTIONS, type Scenario } from '../../../main/domain/scenario';
import type { RegisterSnapshot } from '../../../main/domain/scenario';

export function everyKindScenario(
  snap: RegisterSnapshot,
  name = 'Økonomiplan 2027–2030',
): Scenario {
  const owned = snap.units.filter((u) => u.tenure === 'eid');
  const leased = snap.units.filter((u) => u.tenure === 'framleie');
  const occupied = new Set(snap.tenancies.filter((t) => t.movedOut === null).map((t) => t.unitId));
  const tenanted = owned.filter((u) => occupied.has(u.id));
  const free = owned.filter((u) => u.id !== tenanted[0]!.id);
  return {
    name,
    startYear: 2027,
    years: 4,
    assumptions: { ...DEFAULT_ASSUMPTIONS, discountRate: 0.035 },
    actions: [
      {
        id: 'k1',
        kind: 'kjop',
        year: 2027,
        segment: '3|-|-',
        count: 4,
        pricePerHome: 4_200_000,
        areaM2PerHome: 75,
        rentMonthlyPerHome: 13_500,
        grant: { mode: 'rate' },
        note: 'Fire store leiligheter',
      },
      {
        id: 'b1',
        kind: 'bygging',
        project: 'Fjordtunet',
        units: [{ segment: '2|-|-', count: 6, areaM2PerHome: 55, rentMonthlyPerHome: 11_000 }],
        totalCost: 30_000_000,
        startYear: 2027,
        completionYear: 2029,
        grant: { mode: 'percent', percent: 0.2 },
        loan: { share: 0.8 },
      },
      {
        id: 's1',
        kind: 'salg',
        year: 2028,
        target: { mode: 'units', unitIds: [free[0]!.id] },
        pricePerHome: 3_000_000,
      },
      { id: 'f1', kind: 'framleie', mode: 'end', unitIds: [leased[0]!.id], year: 2028 },
      { id: 'l1', kind: 'leie_til_eie', unitId: tenanted[0]!.id, year: 2029, price: 2_500_000 },
      {
        id: 'r1',
        kind: 'rehabilitering',
        unitIds: [free[1]!.id],
        fromYear: 2027,
        toYear: 2028,
        cost: 800_000,
        newCondition: 1,
      },
      { id: 'a1', kind: 'avvikling', unitIds: [free[2]!.id], year: 2030 },
    ],
  };
}
