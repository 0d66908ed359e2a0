// New actions with sensible starting values (first plan year, a 2-bedroom home at typical
// prices), so the planner edits rather than fills in from nothing. Ids are unique per scenario.
import type { Action, ActionKind, Scenario } from '../../../../../main/domain/scenario';
import type { SnapshotIndex } from '../useSnapshot';

export function nextActionId(s: Scenario): string {
  const used = new Set(s.actions.map((a) => a.id));
  let n = s.actions.length + 1;
  while (used.has(`tiltak-${n}`)) n++;
  return `tiltak-${n}`;
}

/** A tenant's home the municipality owns, preferring leie-til-eie candidates. */
function rentToOwnCandidate(index: SnapshotIndex, taken: Set<number>): number | undefined {
  let fallback: number | undefined;
  for (const u of index.snapshot.units) {
    if (u.tenure !== 'eid' || taken.has(u.id)) continue;
    const t = index.tenantOf.get(u.id);
    if (!t) continue;
    if (index.households.get(t.householdId)?.careerPath === 'leie_til_eie') return u.id;
    fallback ??= u.id;
  }
  return fallback;
}

export function newAction(kind: ActionKind, s: Scenario, index: SnapshotIndex): Action {
  const id = nextActionId(s);
  const year = s.startYear;
  switch (kind) {
    case 'kjop':
      return {
        id,
        kind,
        year,
        segment: '2|-|-',
        count: 2,
        pricePerHome: 3_500_000,
        areaM2PerHome: 60,
        rentMonthlyPerHome: 10_000,
        grant: { mode: 'rate' },
      };
    case 'bygging':
      return {
        id,
        kind,
        project: '',
        units: [{ segment: '2|-|-', count: 6, areaM2PerHome: 55, rentMonthlyPerHome: 10_000 }],
        totalCost: 24_000_000,
        startYear: year,
        completionYear: Math.min(year + 1, s.startYear + s.years - 1),
        grant: { mode: 'rate' },
      };
    case 'salg':
      return { id, kind, year, target: { mode: 'units', unitIds: [] }, pricePerHome: 2_500_000 };
    case 'framleie':
      return {
        id,
        kind,
        mode: 'lease',
        year,
        segment: '2|-|-',
        count: 2,
        termYears: 3,
        ownerRentMonthly: 12_000,
        rentMonthly: 10_000,
      };
    case 'leie_til_eie': {
      const taken = new Set(
        s.actions.flatMap((a) => (a.kind === 'leie_til_eie' ? [a.unitId] : [])),
      );
      return { id, kind, unitId: rentToOwnCandidate(index, taken) ?? 0, year, price: 2_500_000 };
    }
    case 'rehabilitering':
      return {
        id,
        kind,
        unitIds: [],
        fromYear: year,
        toYear: year,
        cost: 800_000,
        newCondition: 1,
      };
    case 'avvikling':
      return { id, kind, unitIds: [], year };
  }
}
