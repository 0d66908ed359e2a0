// Random registers and valid random scenarios for the property tests (seeded, reproducible).
import { FLAT, household, need, snapshot, tenancy, unit } from './fixtures';
import {
  SEGMENT_KEYS,
  unitSegment,
  type Action,
  type RegisterSnapshot,
  type Scenario,
  type SegmentKey,
} from '../../../main/domain/scenario';
import {
  TENURES,
  type ExistingLoan,
  type GrantRecord,
  type Unit,
} from '../../../main/domain/types';

export type Rnd = () => number;

export const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const date = (rnd: Rnd, from: number, to: number) =>
  rnd() < 0.15
    ? `${int(rnd, from, to)}-12-31`
    : `${int(rnd, from, to)}-${pad(int(rnd, 1, 12))}-${pad(int(rnd, 1, 28))}`;

export function randomSnapshot(rnd: Rnd, size = int(rnd, 5, 60)): RegisterSnapshot {
  const units: Unit[] = [];
  const households = [];
  const tenancies = [];
  for (let id = 1; id <= size; id++) {
    const r = rnd();
    const tenure = r < 0.7 ? 'eid' : r < 0.9 ? 'framleie' : 'tildelingsrett';
    const bedrooms = int(rnd, 0, 5);
    const s = rnd();
    const status =
      s < 0.7
        ? 'utleid'
        : s < 0.8
          ? 'ledig'
          : s < 0.85
            ? 'under_rehabilitering'
            : s < 0.9
              ? 'ute_av_drift'
              : 'til_salgs';
    units.push(
      unit(id, {
        tenure,
        leaseEnd: tenure === 'framleie' && rnd() < 0.9 ? date(rnd, 2025, 2036) : null,
        ownerRentMonthly: tenure === 'framleie' ? int(rnd, 6_000, 15_000) : null,
        bedrooms,
        rooms: bedrooms + int(rnd, 0, 2),
        areaM2: int(rnd, 25, 120),
        wheelchairAccessible: rnd() < 0.2,
        staffed: rnd() < 0.1,
        rentMonthly: int(rnd, 5_000, 16_000),
        maintenanceBacklog: int(rnd, 0, 500_000),
        status,
      }),
    );
    if (status === 'utleid' || rnd() < 0.1) {
      const adults = int(rnd, 1, 2);
      households.push(
        household(id, {
          adults,
          couple: adults === 2 && rnd() < 0.7,
          childAges: Array.from({ length: int(rnd, 0, 4) }, () => int(rnd, 0, 17)),
          careerPath: pick(rnd, ['ingen', 'startlan', 'leie_til_eie', 'privat_leie'] as const),
        }),
      );
      tenancies.push(tenancy(id, id, id, { end: rnd() < 0.8 ? date(rnd, 2024, 2032) : null }));
      if (rnd() < 0.2) {
        tenancies.push(tenancy(1000 + id, id, id, { end: '2024-01-01', movedOut: '2024-02-01' }));
      }
    }
  }
  const needs = Array.from({ length: int(rnd, 0, 20) }, (_, i) => {
    const kind = rnd() < 0.7 ? 'soker' : 'prognose';
    return need(i + 1, {
      kind,
      households: kind === 'soker' ? 1 : int(rnd, 1, 10),
      bedrooms: int(rnd, 0, 5),
      wheelchair: rnd() < 0.2,
      staffed: rnd() < 0.1,
      expectedYear: int(rnd, 2024, 2040),
    });
  });
  // Loans on about two thirds of the owned homes (one to three homes a loan, random shares)
  // and grants on about half, with balances and payment dates around the plan's start.
  const owned = units.filter((u) => u.tenure === 'eid');
  const loans: ExistingLoan[] = [];
  const grants: GrantRecord[] = [];
  for (let i = 0; i < owned.length;) {
    const group = owned.slice(i, i + int(rnd, 1, 3));
    i += group.length;
    const weights = group.map(() => int(rnd, 1, 4));
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = group.map((u, k) => ({ unitId: u.id, share: weights[k]! / total }));
    if (rnd() < 0.67) {
      loans.push({
        id: loans.length + 1,
        lender: pick(rnd, ['husbanken', 'kbn', 'annen'] as const),
        loanNo: `L-${loans.length + 1}`,
        balance: int(rnd, 0, 5_000_000),
        balanceDate: date(rnd, 2024, 2028),
        interestRate: int(rnd, 0, 80) / 1000,
        fixedUntil: rnd() < 0.5 ? date(rnd, 2024, 2035) : null,
        repayment: rnd() < 0.6 ? 'annuity' : 'serial',
        remainingYears: int(rnd, 1, 50),
        note: '',
        units: shares,
      });
    }
    if (rnd() < 0.5) {
      grants.push({
        id: grants.length + 1,
        grantNo: `T-${grants.length + 1}`,
        amount: int(rnd, 1, 1_500_000),
        paidDate: date(rnd, 1995, 2030),
        writeDownYears: rnd() < 0.5 ? 20 : 30,
        note: '',
        units: shares,
      });
    }
  }
  return { ...snapshot({ units, households, tenancies, needs }), loans, grants };
}

interface Acq {
  id: string;
  year: number;
  remaining: Map<SegmentKey, number>;
}

/** A random scenario that is valid by construction (every register home named at most once). */
export function randomScenario(rnd: Rnd, snap: RegisterSnapshot, maxActions = 12): Scenario {
  const startYear = 2027;
  const years = int(rnd, 1, 12);
  const last = startYear + years - 1;
  const yr = (from = startYear) => int(rnd, from, last);
  const used = new Set<number>();
  const free = (ok: (u: Unit) => boolean) => snap.units.filter((u) => !used.has(u.id) && ok(u));
  const take = (ok: (u: Unit) => boolean, max: number): Unit[] => {
    const list = free(ok);
    const out: Unit[] = [];
    for (let k = int(rnd, 1, max); k > 0 && list.length > 0; k--) {
      const u = list.splice(Math.floor(rnd() * list.length), 1)[0]!;
      used.add(u.id);
      out.push(u);
    }
    return out;
  };
  const acqs: Acq[] = [];
  const actions: Action[] = [];
  const count = int(rnd, 0, maxActions);
  const loan = () =>
    rnd() < 0.3
      ? undefined
      : {
          share: pick(rnd, [0, 0.5, 1]),
          interestRate: pick(rnd, [0, 0.03, 0.045]),
          years: int(rnd, 1, 40),
          type: pick(rnd, ['annuity', 'serial'] as const),
        };
  const grant = () =>
    pick(rnd, [
      { mode: 'none' as const },
      { mode: 'rate' as const },
      { mode: 'rate' as const, krPerM2: 8_000, maxM2: 70, writeDownYears: 20 },
      { mode: 'percent' as const, percent: int(rnd, 0, 40) },
    ]);
  for (let k = 0; k < count; k++) {
    const id = `a${k}`;
    const kind = pick(rnd, [
      'kjop',
      'bygging',
      'salg_units',
      'salg_segment',
      'salg_action',
      'framleie_lease',
      'framleie_end',
      'framleie_renew',
      'leie_til_eie',
      'rehabilitering',
      'avvikling',
    ] as const);
    switch (kind) {
      case 'kjop': {
        const segment = pick(rnd, SEGMENT_KEYS);
        const year = yr();
        const n = int(rnd, 1, 5);
        actions.push({
          kind: 'kjop',
          id,
          year,
          segment,
          count: n,
          pricePerHome: int(rnd, 1_500_000, 5_000_000),
          areaM2PerHome: int(rnd, 30, 110),
          rentMonthlyPerHome: int(rnd, 7_000, 16_000),
          grant: grant(),
          loan: loan(),
        });
        acqs.push({ id, year, remaining: new Map([[segment, n]]) });
        break;
      }
      case 'bygging': {
        const startY = yr();
        const done = yr(startY);
        const units = Array.from({ length: int(rnd, 1, 3) }, () => ({
          segment: pick(rnd, SEGMENT_KEYS),
          count: int(rnd, 1, 8),
          areaM2PerHome: int(rnd, 30, 110),
          rentMonthlyPerHome: int(rnd, 7_000, 16_000),
        }));
        actions.push({
          kind: 'bygging',
          id,
          project: `Prosjekt ${k}`,
          units,
          totalCost: int(rnd, 5, 60) * 1_000_000,
          startYear: startY,
          completionYear: done,
          grant: grant(),
          loan: loan(),
        });
        const remaining = new Map<SegmentKey, number>();
        for (const u of units) remaining.set(u.segment, (remaining.get(u.segment) ?? 0) + u.count);
        acqs.push({ id, year: done, remaining });
        break;
      }
      case 'salg_units': {
        const homes = take((u) => u.tenure === 'eid', 3);
        if (homes.length === 0) break;
        const year = yr();
        actions.push({
          kind: 'salg',
          id,
          year,
          target: { mode: 'units', unitIds: homes.map((u) => u.id) },
          pricePerHome: int(rnd, 1_000_000, 4_000_000),
          ...(rnd() < 0.3 ? { keepLoan: true } : {}),
        });
        break;
      }
      case 'salg_segment': {
        // Reserve the homes so no later action names them (the engine may pick others).
        const segment = pick(rnd, SEGMENT_KEYS);
        const homes = take((u) => u.tenure === 'eid' && unitSegment(u) === segment, 3);
        if (homes.length === 0) break;
        actions.push({
          kind: 'salg',
          id,
          year: yr(),
          target: { mode: 'segment', segment, count: homes.length },
          pricePerHome: int(rnd, 1_000_000, 4_000_000),
        });
        break;
      }
      case 'salg_action': {
        const options = acqs.filter(
          (a) => a.year < last && [...a.remaining.values()].some((v) => v > 0),
        );
        if (options.length === 0) break;
        const a = pick(rnd, options);
        const segs = [...a.remaining.entries()].filter(([, v]) => v > 0);
        const [segment, left] = pick(rnd, segs);
        const n = int(rnd, 1, left);
        a.remaining.set(segment, left - n);
        actions.push({
          kind: 'salg',
          id,
          year: yr(a.year + 1),
          target: { mode: 'action', actionId: a.id, count: n, segment },
          pricePerHome: int(rnd, 1_000_000, 4_000_000),
        });
        break;
      }
      case 'framleie_lease':
        actions.push({
          kind: 'framleie',
          mode: 'lease',
          id,
          year: yr(),
          segment: pick(rnd, SEGMENT_KEYS),
          count: int(rnd, 1, 4),
          termYears: int(rnd, 1, 10),
          ownerRentMonthly: int(rnd, 8_000, 15_000),
          rentMonthly: int(rnd, 7_000, 14_000),
        });
        break;
      case 'framleie_end': {
        const homes = take((u) => u.tenure === 'framleie', 2);
        if (homes.length > 0) {
          actions.push({
            kind: 'framleie',
            mode: 'end',
            id,
            unitIds: homes.map((u) => u.id),
            year: yr(),
          });
        }
        break;
      }
      case 'framleie_renew': {
        const homes = take((u) => u.tenure === 'framleie' && u.leaseEnd !== null, 2);
        if (homes.length === 0) break;
        const latest = Math.max(...homes.map((u) => Number(u.leaseEnd!.slice(0, 4))));
        actions.push({
          kind: 'framleie',
          mode: 'renew',
          id,
          unitIds: homes.map((u) => u.id),
          untilYear: latest + int(rnd, 0, 5),
          ...(rnd() < 0.5 ? { ownerRentMonthly: int(rnd, 8_000, 15_000) } : {}),
        });
        break;
      }
      case 'leie_til_eie': {
        const [u] = take((x) => x.tenure === 'eid', 1);
        if (u)
          actions.push({
            kind: 'leie_til_eie',
            id,
            unitId: u.id,
            year: yr(),
            price: int(rnd, 1, 3) * 1_000_000,
          });
        break;
      }
      case 'rehabilitering': {
        const homes = take((u) => u.tenure === 'eid', 2);
        if (homes.length === 0) break;
        const from = yr();
        actions.push({
          kind: 'rehabilitering',
          id,
          unitIds: homes.map((u) => u.id),
          fromYear: from,
          toYear: yr(from),
          cost: int(rnd, 0, 2_000_000),
          newCondition: pick(rnd, [0, 1, 2, 3] as const),
          loan: loan(),
        });
        break;
      }
      case 'avvikling': {
        const homes = take((u) => u.tenure !== 'framleie', 2);
        if (homes.length > 0) {
          actions.push({ kind: 'avvikling', id, unitIds: homes.map((u) => u.id), year: yr() });
        }
        break;
      }
    }
  }
  // Shuffle the list order: the engine must not depend on it (except for numbering).
  for (let i = actions.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [actions[i], actions[j]] = [actions[j]!, actions[i]!];
  }
  return { name: 'Tilfeldig', startYear, years, assumptions: FLAT, actions };
}

/**
 * A naive reference for the stock: every home (register or scenario) is walked on its own and
 * counted in exactly one segment × tenure cell for each year it is in the stock at 31.12.
 */
export function naiveStock(snap: RegisterSnapshot, s: Scenario): Map<string, number>[] {
  const out: Map<string, number>[] = [];
  const add = (i: number, seg: SegmentKey, tenure: string, k: number) => {
    const m = out[i]!;
    const key = `${seg}/${tenure}`;
    m.set(key, (m.get(key) ?? 0) + k);
  };
  for (let i = 0; i < s.years; i++) out.push(new Map());
  const end = s.startYear + s.years;
  const leaves = new Map<number, number>();
  for (const u of snap.units) {
    let l = Infinity;
    if (u.tenure === 'framleie' && u.leaseEnd) {
      const y = Number(u.leaseEnd.slice(0, 4));
      l = u.leaseEnd.endsWith('-12-31') ? y + 1 : y;
    }
    leaves.set(u.id, l);
  }
  for (const a of s.actions) {
    const remove = (ids: number[], y: number) =>
      ids.forEach((id) => leaves.set(id, Math.min(leaves.get(id)!, y)));
    if (a.kind === 'salg' && a.target.mode === 'units') remove(a.target.unitIds, a.year);
    if (a.kind === 'avvikling') remove(a.unitIds, a.year);
    if (a.kind === 'leie_til_eie') remove([a.unitId], a.year);
    if (a.kind === 'framleie' && a.mode === 'end') remove(a.unitIds, a.year);
    if (a.kind === 'framleie' && a.mode === 'renew') {
      for (const id of a.unitIds) {
        if (leaves.get(id)! < end) leaves.set(id, a.untilYear + 1);
      }
    }
  }
  for (const u of snap.units) {
    for (let y = s.startYear; y < end; y++) {
      if (y < leaves.get(u.id)!) add(y - s.startYear, unitSegment(u), u.tenure, 1);
    }
  }
  const homes = (seg: SegmentKey, tenure: string, k: number, from: number, to = end) => {
    for (let y = Math.max(from, s.startYear); y < Math.min(to, end); y++) {
      add(y - s.startYear, seg, tenure, k);
    }
  };
  for (const a of s.actions) {
    if (a.kind === 'kjop') homes(a.segment, 'eid', a.count, a.year);
    if (a.kind === 'bygging')
      a.units.forEach((u) => homes(u.segment, 'eid', u.count, a.completionYear));
    if (a.kind === 'framleie' && a.mode === 'lease') {
      homes(a.segment, 'framleie', a.count, a.year, a.year + a.termYears);
    }
    if (a.kind === 'salg' && a.target.mode === 'segment') {
      homes(a.target.segment, 'eid', -a.target.count, a.year);
    }
    if (a.kind === 'salg' && a.target.mode === 'action') {
      const t = a.target;
      const src = s.actions.find((x) => x.id === t.actionId)!;
      const seg =
        t.segment ??
        (src.kind === 'kjop'
          ? src.segment
          : (src as { units: { segment: SegmentKey }[] }).units[0]!.segment);
      homes(seg, 'eid', -t.count, a.year);
    }
  }
  return out;
}

export { TENURES };
