// Scenario validation with Norwegian messages naming the action and the field:
// «Tiltak 3 (Salg), Bolig: bolig B-017 er allerede solgt i tiltak 2».
// Errors make runPlan throw; warnings are returned with the plan.
//
// Layout: this file checks the scenario and its actions (years, amounts, the register homes they
// name, homes claimed by two actions, sales from earlier actions); the assumptions, grant and
// loan checks are in validateTerms.ts.
import { formatDate, formatInteger } from '../format';
import type { Tenancy, Unit } from '../types';
import type { Scenario } from './actions';
import { namedUnitIds } from './actions';
import { ACTION_KIND_LABEL, actionTitle } from './labels';
import { REGISTER_LINE_ID } from './budget';
import { MAX_PLAN_YEARS, type RegisterSnapshot, yearOf } from './needs';
import { isSegmentKey, segmentLabel, unitSegment, type SegmentKey } from './segments';
import { checkAssumptions, checkGrant, checkLoan, grantPerHome } from './validateTerms';

export { grantPerHome } from './validateTerms';

export interface Issue {
  severity: 'error' | 'warning';
  /** The action's id, or null for the scenario or its assumptions. */
  actionId: string | null;
  /** 0-based position in scenario.actions, or null. */
  actionIndex: number | null;
  /** Norwegian field label, e.g. «Pris». */
  field: string | null;
  /** Full Norwegian message: «Tiltak 2 (Kjøp), Pris: kan ikke være negativ». */
  message: string;
  /** A stable code for warnings the engine computes (e.g. `grant-capped`, `no-loan-data`). */
  code?: string;
  /** The plan year the warning is about. */
  year?: number;
  /** Register homes the warning concerns (for links to them); never household references. */
  unitIds?: number[];
  /** The figures in the message by name (years, homes, coverage, households), for JSON and reports. */
  figures?: Record<string, number | null>;
}

export interface ValidateOptions {
  /**
   * Saving or editing: a grant above the approved cost is an error the form refuses. Running a
   * plan (e.g. a scenario saved by an earlier version) caps it with a warning instead.
   */
  forSaving?: boolean;
}

/** Thrown by runPlan when the scenario has errors; `issues` lists them all. */
export class ScenarioValidationError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'ScenarioValidationError';
    this.issues = issues;
  }
}

const REMOVAL_VERB = {
  salg: 'solgt',
  leie_til_eie: 'solgt til leietaker',
  avvikling: 'avviklet',
  end: 'avsluttet',
} as const;

interface Removal {
  index: number;
  year: number;
  verb: string;
}

interface Acquisition {
  index: number;
  /** First year the homes exist. */
  year: number;
  segments: Map<SegmentKey, number>;
  total: number;
}

interface Lookups {
  units: Map<number, Unit>;
  /** Current tenancies by unit id. */
  tenants: Map<number, Tenancy[]>;
}

/** The snapshot's homes and tenancies by id, built once per snapshot object. Read only. */
const lookupCache = new WeakMap<RegisterSnapshot, Lookups>();

function lookupsOf(snapshot: RegisterSnapshot): Lookups {
  let l = lookupCache.get(snapshot);
  if (l) return l;
  const units = new Map<number, Unit>(snapshot.units.map((u) => [u.id, u]));
  const tenants = new Map<number, Tenancy[]>();
  for (const t of snapshot.tenancies) {
    if (t.movedOut !== null) continue;
    const list = tenants.get(t.unitId);
    if (list) list.push(t);
    else tenants.set(t.unitId, [t]);
  }
  l = { units, tenants };
  lookupCache.set(snapshot, l);
  return l;
}

export function validateScenario(
  scenario: Scenario,
  snapshot: RegisterSnapshot,
  options: ValidateOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const first = scenario.startYear;
  const last = scenario.startYear + scenario.years - 1;

  const push = (
    severity: Issue['severity'],
    prefix: string,
    actionId: string | null,
    actionIndex: number | null,
    field: string | null,
    text: string,
  ) => {
    issues.push({
      severity,
      actionId,
      actionIndex,
      field,
      message: `${prefix}${field ? `, ${field}` : ''}: ${text}`,
    });
  };
  const top = (field: string, text: string, severity: Issue['severity'] = 'error') =>
    push(severity, 'Scenario', null, null, field, text);

  if (!Number.isInteger(first)) top('Startår', 'må være et helt år');
  if (!Number.isInteger(scenario.years) || scenario.years < 1 || scenario.years > MAX_PLAN_YEARS) {
    top('Planperiode', `må være 1–${MAX_PLAN_YEARS} år`);
  }
  if (!scenario.name.trim()) top('Navn', 'mangler', 'warning');
  checkAssumptions(scenario.assumptions, (field, text) =>
    push('error', 'Forutsetninger', null, null, field, text),
  );

  const { units, tenants } = lookupsOf(snapshot);
  const named = new Set<number>(scenario.actions.flatMap(namedUnitIds));
  // Owned homes per segment that no action names (what a segment sale can pick from).
  let eligible: Map<SegmentKey, number> | null = null;
  const eligibleForSegmentSale = (): Map<SegmentKey, number> => {
    if (!eligible) {
      eligible = new Map();
      for (const u of snapshot.units) {
        if (u.tenure !== 'eid' || named.has(u.id)) continue;
        const k = unitSegment(u);
        eligible.set(k, (eligible.get(k) ?? 0) + 1);
      }
    }
    return eligible;
  };

  // Pre-pass: acquisitions (a sale may refer to an action listed after it).
  const acquisitions = new Map<string, Acquisition>();
  scenario.actions.forEach((a, index) => {
    if (a.kind === 'kjop') {
      acquisitions.set(a.id, {
        index,
        year: a.year,
        segments: new Map([[a.segment, a.count]]),
        total: a.count,
      });
    } else if (a.kind === 'bygging') {
      const segments = new Map<SegmentKey, number>();
      for (const u of a.units) segments.set(u.segment, (segments.get(u.segment) ?? 0) + u.count);
      acquisitions.set(a.id, {
        index,
        year: a.completionYear,
        segments,
        total: a.units.reduce((s, u) => s + u.count, 0),
      });
    }
  });

  const ids = new Map<string, number>();
  const removals = new Map<number, Removal>();
  const renewals = new Map<number, number>();
  const rehabs = new Map<number, { index: number; from: number; to: number }[]>();
  const segmentSold = new Map<SegmentKey, number>();
  const actionSold = new Map<string, Map<string, number>>();
  const deferred: (() => void)[] = [];

  scenario.actions.forEach((a, index) => {
    const title = actionTitle(a, index);
    const err = (field: string | null, text: string) =>
      push('error', title, a.id, index, field, text);
    const warn = (field: string | null, text: string) =>
      push('warning', title, a.id, index, field, text);

    // Id
    if (!a.id || !a.id.trim()) err('Id', 'mangler');
    else if (a.id === REGISTER_LINE_ID) err('Id', `«${a.id}» er reservert`);
    else if (ids.has(a.id)) err('Id', `«${a.id}» er brukt av tiltak ${ids.get(a.id)! + 1}`);
    else ids.set(a.id, index);
    if (!ACTION_KIND_LABEL[a.kind]) {
      err(null, 'ukjent type tiltak');
      return;
    }

    const year = (field: string, y: number): boolean => {
      if (!Number.isInteger(y)) {
        err(field, 'må være et helt år');
        return false;
      }
      if (y < first || y > last) {
        err(field, `${y} er utenfor planperioden ${first}–${last}`);
        return false;
      }
      return true;
    };
    const money = (field: string, v: number) => {
      if (!Number.isFinite(v)) err(field, 'må være et tall');
      else if (v < 0) err(field, 'kan ikke være negativ');
    };
    const count = (field: string, v: number): boolean => {
      if (!Number.isInteger(v) || v < 1) {
        err(field, 'må være et helt tall, minst 1');
        return false;
      }
      return true;
    };
    const area = (field: string, v: number) => {
      if (!Number.isFinite(v) || v <= 0) err(field, 'må være større enn 0');
    };
    const segment = (field: string, s: unknown): boolean => {
      if (!isSegmentKey(s)) {
        err(field, `ukjent segment «${String(s)}»`);
        return false;
      }
      return true;
    };
    const unitList = (idsList: number[]): Unit[] => {
      if (idsList.length === 0) err('Bolig', 'velg minst én bolig');
      const seen = new Set<number>();
      const out: Unit[] = [];
      for (const id of idsList) {
        const u = units.get(id);
        if (!u) {
          err('Bolig', `finnes ikke i registeret (id ${id})`);
          continue;
        }
        if (seen.has(id)) {
          err('Bolig', `bolig ${u.unitNo} er valgt to ganger`);
          continue;
        }
        seen.add(id);
        out.push(u);
      }
      return out;
    };
    const claimRemoval = (u: Unit, y: number, verb: string) => {
      const prev = removals.get(u.id);
      if (prev) {
        err('Bolig', `bolig ${u.unitNo} er allerede ${prev.verb} i tiltak ${prev.index + 1}`);
        return;
      }
      removals.set(u.id, { index, year: y, verb });
    };
    const requireTenure = (u: Unit, ok: readonly Unit['tenure'][], text: string): boolean => {
      if (ok.includes(u.tenure)) return true;
      err('Bolig', `bolig ${u.unitNo} ${text}`);
      return false;
    };
    // A grant above the approved cost: refused in the form, capped by the engine otherwise.
    const grantVsCost = (grant: number, cost: number, what: string) => {
      // An invalid cost has its own error; compare only real amounts.
      if (!(cost >= 0) || !(grant > cost)) return;
      const text =
        `${formatInteger(Math.round(grant))} kr er mer enn ${what} (${formatInteger(Math.round(cost))} kr); ` +
        'tilskuddet kan ikke være høyere enn godkjent kostnad';
      if (options.forSaving) err('Tilskudd', text);
      else {
        issues.push({
          severity: 'warning',
          actionId: a.id,
          actionIndex: index,
          field: 'Tilskudd',
          code: 'grant-capped',
          message: `${title}, Tilskudd: ${text} – beregnet med tilskudd lik kostnaden`,
        });
      }
    };
    const priceFactor = (y: number) =>
      Math.pow(1 + scenario.assumptions.priceGrowth, Number.isInteger(y) ? y - first : 0);

    switch (a.kind) {
      case 'kjop': {
        year('År', a.year);
        segment('Segment', a.segment);
        count('Antall', a.count);
        money('Pris', a.pricePerHome);
        area('Areal', a.areaM2PerHome);
        money('Husleie', a.rentMonthlyPerHome);
        checkGrant(a.grant, scenario.assumptions, err, warn);
        checkLoan(a.loan, err);
        grantVsCost(
          grantPerHome(
            a.grant,
            a.areaM2PerHome,
            scenario.assumptions,
            a.pricePerHome * priceFactor(a.year),
          ),
          a.pricePerHome * priceFactor(a.year),
          'prisen per bolig',
        );
        break;
      }
      case 'bygging': {
        if (!a.project.trim()) warn('Prosjekt', 'mangler navn');
        const okStart = year('Byggestart', a.startYear);
        const okEnd = year('Ferdigstillelse', a.completionYear);
        if (okStart && okEnd && a.completionYear < a.startYear) {
          err(
            'Byggeperiode',
            `ferdigstillelse (${a.completionYear}) er før byggestart (${a.startYear})`,
          );
        }
        money('Kostnad', a.totalCost);
        if (a.units.length === 0) err('Boliger', 'prosjektet må ha minst én bolig');
        for (const u of a.units) {
          segment('Segment', u.segment);
          count('Antall', u.count);
          area('Areal', u.areaM2PerHome);
          money('Husleie', u.rentMonthlyPerHome);
        }
        checkGrant(a.grant, scenario.assumptions, err, warn);
        checkLoan(a.loan, err);
        if (
          a.grant.mode === 'rate' &&
          Number.isInteger(a.startYear) &&
          Number.isInteger(a.completionYear)
        ) {
          let nominal = 0;
          const n = a.completionYear - a.startYear + 1;
          for (let y = a.startYear; y <= a.completionYear; y++)
            nominal += (a.totalCost / n) * priceFactor(y);
          const g = a.grant;
          const grant = a.units.reduce(
            (s2, u) =>
              s2 + u.count * grantPerHome(g, u.areaM2PerHome, scenario.assumptions, Infinity),
            0,
          );
          grantVsCost(grant, nominal, 'byggekostnaden');
        }
        break;
      }
      case 'salg': {
        const okYear = year('År', a.year);
        money('Pris', a.pricePerHome);
        const t = a.target;
        if (t.mode === 'units') {
          for (const u of unitList(t.unitIds)) {
            if (!requireTenure(u, ['eid'], 'er ikke eid av kommunen og kan ikke selges')) continue;
            claimRemoval(u, a.year, REMOVAL_VERB.salg);
          }
        } else if (t.mode === 'segment') {
          if (segment('Segment', t.segment) && count('Antall', t.count)) {
            const eligible = eligibleForSegmentSale().get(t.segment) ?? 0;
            const used = segmentSold.get(t.segment) ?? 0;
            if (used + t.count > eligible) {
              err(
                'Antall',
                `bare ${homes(eligible - used, 'eid bolig', 'eide boliger')} i segmentet ` +
                  `«${segmentLabel(t.segment)}» kan selges`,
              );
            }
            segmentSold.set(t.segment, used + t.count);
          }
        } else {
          if (a.keepLoan) {
            err(
              'Behold lånet',
              'gjelder bare registerets boliger; lånet følger tiltaket boligene kom fra',
            );
          }
          const src = acquisitions.get(t.actionId);
          if (!src) {
            err('Tiltak', `finner ikke kjøp eller bygging med id «${t.actionId}»`);
            break;
          }
          if (!count('Antall', t.count)) break;
          if (okYear && a.year <= src.year) {
            err('År', `boliger fra tiltak ${src.index + 1} kan tidligst selges i ${src.year + 1}`);
          }
          let key: string = '*';
          if (t.segment !== undefined) {
            if (!segment('Segment', t.segment)) break;
            if (!src.segments.has(t.segment)) {
              err(
                'Segment',
                `tiltak ${src.index + 1} har ingen boliger i «${segmentLabel(t.segment)}»`,
              );
              break;
            }
            key = t.segment;
          } else if (src.segments.size > 1) {
            err('Segment', `må velges (tiltak ${src.index + 1} har flere segmenter)`);
            break;
          }
          const sold = actionSold.get(t.actionId) ?? new Map<string, number>();
          actionSold.set(t.actionId, sold);
          const soldAll = [...sold.values()].reduce((s, v) => s + v, 0);
          const soldSeg = key === '*' ? soldAll : (sold.get(key) ?? 0);
          const available =
            key === '*'
              ? src.total - soldAll
              : Math.min(src.segments.get(key as SegmentKey)! - soldSeg, src.total - soldAll);
          if (t.count > available) {
            err(
              'Antall',
              `tiltak ${src.index + 1} har bare ${homes(available, 'bolig', 'boliger')} igjen å selge`,
            );
          }
          sold.set(key, (sold.get(key) ?? 0) + t.count);
        }
        break;
      }
      case 'framleie': {
        if (a.mode === 'lease') {
          year('År', a.year);
          segment('Segment', a.segment);
          count('Antall', a.count);
          if (!Number.isFinite(a.termYears) || a.termYears < 1) {
            err('Leieperiode', 'leieperioden slutter før den starter');
          } else if (!Number.isInteger(a.termYears)) {
            err('Leieperiode', 'må være et helt antall år');
          }
          money('Leie til eier', a.ownerRentMonthly);
          money('Husleie', a.rentMonthly);
        } else if (a.mode === 'end') {
          year('År', a.year);
          for (const u of unitList(a.unitIds)) {
            if (!requireTenure(u, ['framleie'], 'er ikke framleid')) continue;
            if (renewals.has(u.id)) {
              err('Bolig', `bolig ${u.unitNo} forlenges i tiltak ${renewals.get(u.id)! + 1}`);
              continue;
            }
            claimRemoval(u, a.year, REMOVAL_VERB.end);
            if (u.leaseEnd && yearOf(u.leaseEnd) < a.year) {
              warn(
                'Bolig',
                `leieavtalen for bolig ${u.unitNo} utløper allerede ${formatDate(u.leaseEnd)}`,
              );
            }
          }
        } else {
          // untilYear is when the renewal ends, not when something happens, so the engine copes
          // with any year: before the plan the renewal changes nothing (the lease has ended,
          // like a stale lease in the register), after it the lease is counted through the last
          // year (a lease longer than the økonomiplan is normal). Warnings, not errors: the plan
          // is right either way, but the year may be a typo.
          if (!Number.isInteger(a.untilYear)) err('Leieperiode', 'må være et helt år');
          else if (a.untilYear < first || a.untilYear > last) {
            warn(
              'Leieperiode',
              `${a.untilYear} er utenfor planperioden ${first}–${last}; ` +
                (a.untilYear < first
                  ? 'forlengelsen har ingen virkning i planen'
                  : `planen regner med leieavtalen ut ${last}`),
            );
          }
          if (a.ownerRentMonthly !== undefined) money('Leie til eier', a.ownerRentMonthly);
          for (const u of unitList(a.unitIds)) {
            if (!requireTenure(u, ['framleie'], 'er ikke framleid')) continue;
            if (!u.leaseEnd) {
              err('Bolig', `bolig ${u.unitNo} har ingen sluttdato for leieavtalen`);
              continue;
            }
            if (a.untilYear < yearOf(u.leaseEnd)) {
              err(
                'Leieperiode',
                `leieperioden slutter før den starter (${a.untilYear}, mens avtalen for bolig ` +
                  `${u.unitNo} løper til ${formatDate(u.leaseEnd)})`,
              );
            }
            const prevRenew = renewals.get(u.id);
            const prevRemoval = removals.get(u.id);
            if (prevRenew !== undefined) {
              err('Bolig', `bolig ${u.unitNo} er allerede forlenget i tiltak ${prevRenew + 1}`);
            } else if (prevRemoval) {
              err(
                'Bolig',
                `bolig ${u.unitNo} er allerede ${prevRemoval.verb} i tiltak ${prevRemoval.index + 1}`,
              );
            } else renewals.set(u.id, index);
          }
        }
        break;
      }
      case 'leie_til_eie': {
        year('År', a.year);
        money('Pris', a.price);
        const [u] = unitList([a.unitId]);
        if (u && requireTenure(u, ['eid'], 'er ikke eid av kommunen og kan ikke selges')) {
          claimRemoval(u, a.year, REMOVAL_VERB.leie_til_eie);
          if (!tenants.has(u.id)) warn('Bolig', `bolig ${u.unitNo} har ingen leietaker`);
        }
        break;
      }
      case 'rehabilitering': {
        const okFrom = year('Fra år', a.fromYear);
        const okTo = year('Til år', a.toYear);
        if (okFrom && okTo && a.toYear < a.fromYear) {
          err('Periode', 'perioden slutter før den starter');
        }
        money('Kostnad', a.cost);
        if (![0, 1, 2, 3].includes(a.newCondition)) err('Tilstandsgrad', 'må være TG0–TG3');
        checkLoan(a.loan, err);
        for (const u of unitList(a.unitIds)) {
          if (!requireTenure(u, ['eid'], 'er ikke eid av kommunen')) continue;
          const list = rehabs.get(u.id) ?? [];
          const clash = list.find((r) => r.from <= a.toYear && a.fromYear <= r.to);
          if (clash) {
            err(
              'Periode',
              `bolig ${u.unitNo} rehabiliteres allerede i tiltak ${clash.index + 1} ` +
                `(${clash.from}–${clash.to})`,
            );
          }
          list.push({ index, from: a.fromYear, to: a.toYear });
          rehabs.set(u.id, list);
          deferred.push(() => {
            const r = removals.get(u.id);
            if (r && r.year <= a.toYear) {
              err(
                'Bolig',
                `bolig ${u.unitNo} er ${r.verb} i tiltak ${r.index + 1} (${r.year}) ` +
                  `og kan ikke rehabiliteres til ${a.toYear}`,
              );
            }
          });
        }
        break;
      }
      case 'avvikling': {
        year('År', a.year);
        for (const u of unitList(a.unitIds)) {
          if (
            !requireTenure(u, ['eid', 'tildelingsrett'], 'er framleid; bruk Framleie, avslutning')
          ) {
            continue;
          }
          claimRemoval(u, a.year, REMOVAL_VERB.avvikling);
        }
        break;
      }
    }
  });
  for (const f of deferred) f();
  return issues;
}

/** «1 bolig», «3 boliger» (never below 0). */
function homes(n: number, one: string, many: string): string {
  const k = Math.max(0, n);
  return `${formatInteger(k)} ${k === 1 ? one : many}`;
}
