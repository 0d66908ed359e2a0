// The adopted plan («vedtatt plan») and the stock events (issue 13.3): storage, and the
// «Plan og resultat» report gathered from the register and handed to the pure domain module.
import type { AdoptedPlan, LeaseEndedRow, PlanFollowUpReport } from '../contract/planFollowUp';
import {
  compareCoverage,
  compareHomes,
  indicatorsByYear,
  overlapping,
  STOCK_EVENT_LABEL,
  type ApplicationRecord,
  type StockEvent,
  type StockEventKind,
  type SurveyHome,
} from '../domain/planFollowUp';
import { formatDate } from '../domain/format';
import { assessNeeds } from '../domain/scenario/needs';
import { runPlan } from '../domain/scenario/plan';
import { ScenarioValidationError } from '../domain/scenario/validate';
import type { ConditionGrade, Tenure } from '../domain/types';
import { logChange } from './changelog';
import type { Db } from './db';
import { AppError, fieldError, notFound } from './errors';
import { getScenario } from './scenarios';
import { registerSnapshot } from './snapshot';
import { createUnit, deleteUnit, getUnit, type UnitInput } from './units';
import type { Unit } from '../domain/types';

interface AdoptedRecord {
  id: number;
  scenario_id: number;
  name: string;
  from_year: number;
  to_year: number;
  adopted_on: string;
  reference: string;
}

const toAdopted = (r: AdoptedRecord): AdoptedPlan => ({
  id: r.id,
  scenarioId: r.scenario_id,
  scenarioName: r.name,
  fromYear: r.from_year,
  toYear: r.to_year,
  adoptedOn: r.adopted_on,
  reference: r.reference,
});

export function listAdopted(db: Db): AdoptedPlan[] {
  return (
    db
      .prepare(
        `SELECT a.*, s.name FROM adopted_plan a JOIN scenario s ON s.id = a.scenario_id
         ORDER BY a.from_year DESC, a.id DESC`,
      )
      .all() as AdoptedRecord[]
  ).map(toAdopted);
}

const period = (p: { fromYear: number; toYear: number }) =>
  p.fromYear === p.toYear ? String(p.fromYear) : `${p.fromYear}–${p.toYear}`;

export interface AdoptInput {
  scenarioId: number;
  fromYear: number;
  toYear: number;
  adoptedOn: string;
  reference: string;
  replace?: boolean | undefined;
}

/** Marks a scenario as the adopted plan for a period. Overlaps are refused unless replaced. */
export function adoptPlan(db: Db, a: AdoptInput, now: string): AdoptedPlan {
  return db.transaction(() => {
    const { scenario } = getScenario(db, a.scenarioId);
    const last = scenario.startYear + scenario.years - 1;
    if (a.fromYear < scenario.startYear || a.toYear > last) {
      throw fieldError(
        'fromYear',
        'Fra år',
        `perioden må ligge innenfor scenarioets år (${period({ fromYear: scenario.startYear, toYear: last })})`,
      );
    }
    const clash = overlapping(listAdopted(db), a.fromYear, a.toYear);
    if (clash.length > 0 && !a.replace) {
      const names = clash.map((c) => `«${c.scenarioName}» (${period(c)})`).join(', ');
      throw fieldError(
        'fromYear',
        'Fra år',
        `perioden overlapper vedtatt plan ${names}. Kryss av for å erstatte den, eller velg andre år`,
      );
    }
    for (const c of clash) {
      db.prepare('DELETE FROM adopted_plan WHERE id = ?').run(c.id);
      logChange(
        db,
        now,
        'scenario',
        c.scenarioId,
        'update',
        `Vedtatt plan «${c.scenarioName}» (${period(c)}) erstattet`,
      );
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO adopted_plan (scenario_id, from_year, to_year, adopted_on, reference, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(a.scenarioId, a.fromYear, a.toYear, a.adoptedOn, a.reference, now).lastInsertRowid,
    );
    logChange(
      db,
      now,
      'scenario',
      a.scenarioId,
      'update',
      `Scenario «${scenario.name}» merket som vedtatt plan ${period(a)} (vedtatt ${formatDate(a.adoptedOn)})`,
    );
    return listAdopted(db).find((p) => p.id === id)!;
  })();
}

export function unadoptPlan(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const p = listAdopted(db).find((x) => x.id === id);
    if (!p) throw notFound('vedtatt plan', id);
    db.prepare('DELETE FROM adopted_plan WHERE id = ?').run(id);
    logChange(
      db,
      now,
      'scenario',
      p.scenarioId,
      'update',
      `Vedtatt plan «${p.scenarioName}» (${period(p)}) opphevet`,
    );
    return { id };
  })();
}

// ---- Stock events ---------------------------------------------------------------------------

interface EventRecord {
  id: number;
  unit_id: number | null;
  unit_no: string;
  kind: StockEventKind;
  on_date: string;
  note: string;
}

const toEvent = (r: EventRecord): StockEvent => ({
  id: r.id,
  unitId: r.unit_id,
  unitNo: r.unit_no,
  kind: r.kind,
  date: r.on_date,
  note: r.note,
});

export function listEvents(db: Db): StockEvent[] {
  return (
    db.prepare('SELECT * FROM stock_event ORDER BY on_date DESC, id DESC').all() as EventRecord[]
  ).map(toEvent);
}

export interface EventInput {
  unitId: number | null;
  unitNo: string;
  eventKind: StockEventKind;
  date: string;
  note: string;
}

/** Records an event (no transaction of its own: callers wrap it). */
export function insertEvent(db: Db, e: EventInput, now: string): StockEvent {
  let unitNo = e.unitNo.trim();
  if (e.unitId !== null) unitNo = getUnit(db, e.unitId).unitNo;
  const id = Number(
    db
      .prepare(
        `INSERT INTO stock_event (unit_id, unit_no, kind, on_date, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(e.unitId, unitNo, e.eventKind, e.date, e.note, now).lastInsertRowid,
  );
  logChange(
    db,
    now,
    'unit',
    e.unitId ?? 0,
    'update',
    `Bolig ${unitNo}: ${STOCK_EVENT_LABEL[e.eventKind].toLowerCase()} ${formatDate(e.date)} registrert`,
  );
  return toEvent(db.prepare('SELECT * FROM stock_event WHERE id = ?').get(id) as EventRecord);
}

export function createEvent(db: Db, e: EventInput, now: string): StockEvent {
  return db.transaction(() => insertEvent(db, e, now))();
}

export function deleteEvent(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const r = db.prepare('SELECT * FROM stock_event WHERE id = ?').get(id) as
      EventRecord | undefined;
    if (!r) throw notFound('hendelse', id);
    db.prepare('DELETE FROM stock_event WHERE id = ?').run(id);
    logChange(
      db,
      now,
      'unit',
      r.unit_id ?? 0,
      'update',
      `Bolig ${r.unit_no}: hendelse ${STOCK_EVENT_LABEL[r.kind].toLowerCase()} ${formatDate(r.on_date)} slettet`,
    );
    return { id };
  })();
}

type EventFields = { eventKind: StockEventKind; date: string; note: string };

/** «Ny bolig» and how it came in, in one transaction. */
export function createUnitWithArrival(
  db: Db,
  unit: UnitInput,
  arrival: EventFields | null,
  now: string,
): Unit {
  return db.transaction(() => {
    const created = createUnit(db, unit, now);
    if (arrival) insertEvent(db, { unitId: created.id, unitNo: created.unitNo, ...arrival }, now);
    return created;
  })();
}

/** Deletes a home and records why it went out, in one transaction. */
export function deleteUnitWithReason(
  db: Db,
  id: number,
  reason: EventFields | null,
  now: string,
): { id: number } {
  return db.transaction(() => {
    if (reason) {
      const u = getUnit(db, id);
      insertEvent(db, { unitId: id, unitNo: u.unitNo, ...reason }, now);
    }
    return deleteUnit(db, id, now);
  })();
}

/** Framleie homes whose lease ended before today with no «framleie ut» recorded for them. */
export function leasesEnded(db: Db, today: string): LeaseEndedRow[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.unit_no AS unitNo, u.address, u.lease_end AS leaseEnd
         FROM unit u
         WHERE u.tenure = 'framleie' AND u.lease_end IS NOT NULL AND u.lease_end < ?
           AND NOT EXISTS (SELECT 1 FROM stock_event e
                           WHERE e.unit_id = u.id AND e.kind = 'framleie_ut')
         ORDER BY u.lease_end, u.unit_no`,
    )
    .all(today) as LeaseEndedRow[];
}

// ---- The report -----------------------------------------------------------------------------

interface SurveyRecord {
  year: number;
  unit_id: number;
  condition: number | null;
  backlog: number;
  status: string;
  tenure: Tenure | null;
  bedrooms: number | null;
}

function surveyHomes(db: Db): SurveyHome[] {
  return (
    db
      .prepare(
        `WITH ranked AS (
           SELECT s.*, row_number() OVER (PARTITION BY s.year, s.unit_id ORDER BY s.import_id DESC) AS rn
           FROM survey_snapshot s JOIN import_run r ON r.id = s.import_id
           WHERE r.undone_at IS NULL)
         SELECT k.year, k.unit_id, k.condition, k.backlog, k.status, u.tenure, u.bedrooms
         FROM ranked k LEFT JOIN unit u ON u.id = k.unit_id
         WHERE k.rn = 1 ORDER BY k.year, k.unit_id`,
      )
      .all() as SurveyRecord[]
  ).map((r) => ({
    year: r.year,
    unitId: r.unit_id,
    condition: r.condition as ConditionGrade | null,
    backlog: r.backlog,
    status: r.status,
    tenure: r.tenure,
    bedrooms: r.bedrooms,
  }));
}

function applications(db: Db): ApplicationRecord[] {
  return db
    .prepare(
      `SELECT status, registered, decided_on AS decidedOn, allocated_on AS allocatedOn,
                withdrawn_on AS withdrawnOn
         FROM need WHERE kind = 'soker' AND registered IS NOT NULL`,
    )
    .all() as ApplicationRecord[];
}

/** The plan to show: asked for, else the one covering this year, else the latest adopted. */
function choosePlan(plans: AdoptedPlan[], year: number, planId?: number): AdoptedPlan | null {
  if (planId !== undefined) {
    const p = plans.find((x) => x.id === planId);
    if (!p) throw new AppError('not_found', 'Den vedtatte planen finnes ikke lenger.');
    return p;
  }
  return plans.find((p) => p.fromYear <= year && year <= p.toYear) ?? plans[0] ?? null;
}

export function planFollowUpReport(db: Db, today: string, planId?: number): PlanFollowUpReport {
  const currentYear = Number(today.slice(0, 4));
  const adopted = listAdopted(db);
  const plan = choosePlan(adopted, currentYear, planId);
  const snapshot = registerSnapshot(db, today);
  const events = listEvents(db);
  let homes = null;
  let coverage: PlanFollowUpReport['coverage'] = [];
  let coverageProblem: string | null = null;
  if (plan) {
    const { scenario } = getScenario(db, plan.scenarioId);
    homes = compareHomes(scenario, events, plan.fromYear, plan.toYear, currentYear);
    const planned = new Map<number, number | null>();
    try {
      const result = runPlan(snapshot, scenario, { crowdingRule: snapshot.crowdingRule });
      for (const y of result.perYear) planned.set(y.year, y.needs.total.coverage);
    } catch (e) {
      if (!(e instanceof ScenarioValidationError)) throw e;
      coverageProblem = `Scenarioet kan ikke beregnes på registeret slik det er nå: ${e.issues
        .map((i) => i.message)
        .join(' ')}`;
    }
    const measured = assessNeeds(snapshot, {
      startYear: currentYear,
      years: 1,
      turnover: scenario.assumptions,
    });
    coverage = compareCoverage({
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      currentYear,
      planned,
      measuredCurrent: measured.perYear[0]?.total.coverage ?? null,
      applications: applications(db),
    });
  }
  const indicators = indicatorsByYear({
    survey: surveyHomes(db),
    tenancies: snapshot.tenancies,
    households: snapshot.households,
    today: {
      date: today,
      homes: snapshot.units.map((u) => ({
        condition: u.condition,
        backlog: u.maintenanceBacklog,
        status: u.status,
        tenure: u.tenure,
        bedrooms: u.bedrooms,
      })),
    },
  });
  return {
    today,
    currentYear,
    adopted,
    plan,
    homes,
    coverage,
    coverageProblem,
    indicators,
    events,
    leasesEnded: leasesEnded(db, today),
  };
}
